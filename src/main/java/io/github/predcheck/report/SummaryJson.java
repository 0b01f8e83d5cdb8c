package io.github.predcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.json.Json;
import io.github.predcheck.run.CheckResult;

/**
 * {@code summary.json}: the verdict, the counts and per-output error statistics, for scripts and
 * for the {@code verify} goal.
 */
public final class SummaryJson {
  public static final String FILE_NAME = "summary.json";

  private SummaryJson() {}

  /** The verdict FAILED or PASSED, or RECORDED when the run rewrote the goldens (nothing for verify to fail). */
  public static String text(CheckResult result, boolean failOnNew, boolean recorded) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("execution", result.executionId());
    root.put("verdict", recorded ? "RECORDED" : result.failed(failOnNew) ? "FAILED" : "PASSED");
    root.put("golden", result.goldenPath().toString());
    root.put("samples", result.samples());
    root.put("values", result.all().stream().filter(v -> v.status() != Status.NEW).count());
    root.put("passed", result.count(Status.PASS));
    root.put("diverged", result.count(Status.DIVERGED));
    root.put("errors", result.count(Status.ERROR));
    root.put("new", result.newSamples().size());
    root.put("failOnNew", failOnNew);
    root.put("millis", result.millis());
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
    return pretty(root);
  }

  /** The verdict of a run that broke before it could compare: the verify goal fails with its reason. */
  public static String broken(String executionId, String error) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("execution", executionId);
    root.put("verdict", "FAILED");
    root.put("error", error);
    return pretty(root);
  }

  private static String pretty(ObjectNode root) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** JSON has no NaN or infinity: those become null, or the string "inf". */
  private static void number(ObjectNode o, String key, double value) {
    if (Double.isNaN(value)) {
      o.putNull(key);
    } else if (Double.isInfinite(value)) {
      o.put(key, value > 0 ? "inf" : "-inf");
    } else {
      o.put(key, value);
    }
  }
}
