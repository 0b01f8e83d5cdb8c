package io.github.predcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.json.Json;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code summary.json}, the verdict file: written by every run of an execution (a skipped or a
 * broken one included), read back by the {@code verify} goal and by scripts. Its one owner, in both
 * directions, as failsafe keeps its summary file.
 */
public final class SummaryFile {
  public static final String FILE_NAME = "summary.json";

  /** Only FAILED fails {@code verify}. */
  public enum Verdict {
    PASSED,
    FAILED,
    /** The run rewrote the goldens: nothing for verify to fail. */
    RECORDED,
    SKIPPED
  }

  /**
   * What verify needs of a verdict. {@code writtenAt} is the writer's clock in epoch millis, so a
   * verdict of an earlier build can be told apart; {@code detail} is the counts, the reason for a
   * skip, or the error of a broken run.
   */
  public record Summary(String execution, Verdict verdict, long writtenAt, String detail) {}

  private SummaryFile() {}

  public static void write(Path dir, CheckResult result, boolean failOnNew, boolean recorded)
      throws IOException {
    write(dir, null, result, failOnNew, recorded);
  }

  /** A shard's summary, {@code summary-shard2of4.json}; {@code shard} null for every sample. */
  public static void write(
      Path dir, Shard shard, CheckResult result, boolean failOnNew, boolean recorded)
      throws IOException {
    Verdict verdict =
        recorded ? Verdict.RECORDED : result.failed(failOnNew) ? Verdict.FAILED : Verdict.PASSED;
    ObjectNode root = header(result.executionId(), verdict);
    root.put("shard", shard == null ? null : shard.toString());
    root.put("golden", result.goldenPath().toString());
    root.put("samples", result.samples());
    root.put("values", result.compared());
    root.put("passed", result.count(Status.PASS));
    root.put("diverged", result.count(Status.DIVERGED));
    root.put("errors", result.count(Status.ERROR));
    root.put("new", result.newSamples().size());
    if (result.diff() != null) {
      root.put("noise", result.count(Status.NOISE));
      DiffReport.json(root, result.diff());
    }
    root.put("failOnNew", failOnNew);
    root.put("millis", result.millis());
    root.put("concurrency", result.concurrency());
    root.put("retries", result.retries());
    ObjectNode retried = root.putObject("retriedSamples");
    result.retried().forEach(retried::put);
    ArrayNode outputs = root.putArray("outputs");
    for (OutputStats s : OutputStats.of(result.all())) {
      ObjectNode o = outputs.addObject();
      o.put("name", s.output());
      o.put("values", s.values());
      o.put("passed", s.passed());
      o.put("diverged", s.diverged());
      o.put("errors", s.errors());
      o.put("moved", s.moved());
      number(o, "maxAbsError", s.maxAbs());
      number(o, "meanAbsError", s.meanAbs());
      number(o, "p99AbsError", s.p99Abs());
      number(o, "maxRelError", s.maxRel());
      number(o, "meanRelError", s.meanRel());
      number(o, "p99RelError", s.p99Rel());
    }
    save(dir, shard, root);
  }

  /** A run that broke before it could compare: verify fails with its reason. */
  public static void writeBroken(Path dir, String executionId, String error) throws IOException {
    writeBroken(dir, null, executionId, error);
  }

  public static void writeBroken(Path dir, Shard shard, String executionId, String error)
      throws IOException {
    save(dir, shard, header(executionId, Verdict.FAILED).put("error", error));
  }

  /** A skipped run: never a pass, never a failure. */
  public static void writeSkipped(Path dir, String executionId, String reason) throws IOException {
    writeSkipped(dir, null, executionId, reason);
  }

  public static void writeSkipped(Path dir, Shard shard, String executionId, String reason)
      throws IOException {
    save(dir, shard, header(executionId, Verdict.SKIPPED).put("reason", reason));
  }

  /** The summary in an execution's folder, or null when there is none. */
  public static Summary read(Path dir) throws IOException {
    return read(dir, null);
  }

  /** A shard's summary in its folder, or null when there is none. */
  public static Summary read(Path dir, Shard shard) throws IOException {
    Path file = dir.resolve(Shard.fileName(shard, FILE_NAME));
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode json = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    Verdict verdict;
    try {
      verdict = Verdict.valueOf(json.path("verdict").asText());
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " has no verdict that predcheck wrote: " + json.path("verdict"));
    }
    String detail =
        json.has("error")
            ? "the run broke: " + json.path("error").asText()
            : json.has("reason")
                ? json.path("reason").asText()
                : json.path("diverged").asLong()
                    + " diverged, "
                    + json.path("errors").asLong()
                    + " errors, "
                    + json.path("new").asLong()
                    + " new; see "
                    + dir;
    return new Summary(
        json.path("execution").asText(), verdict, json.path("writtenAt").asLong(), detail);
  }

  private static ObjectNode header(String executionId, Verdict verdict) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("execution", executionId);
    root.put("verdict", verdict.name());
    root.put("writtenAt", System.currentTimeMillis());
    return root;
  }

  private static void save(Path dir, Shard shard, ObjectNode root) throws IOException {
    AtomicFile.write(dir.resolve(Shard.fileName(shard, FILE_NAME)), Json.pretty(root));
  }

  /** JSON has no NaN or infinity: those become null, or the string "inf". */
  static void number(ObjectNode o, String key, double value) {
    if (Double.isNaN(value)) {
      o.putNull(key);
    } else if (Double.isInfinite(value)) {
      o.put(key, value > 0 ? "inf" : "-inf");
    } else {
      o.put(key, value);
    }
  }
}
