package io.github.predcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.json.Json;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results-<execution id>.jsonl} ({@code results-<execution id>-shard2of4.jsonl} of a shard):
 * every value result of every sample, one JSON object a line, so that shards can be merged as if
 * one job had run them all (a p99 cannot be merged from aggregates) and scripts can read each
 * value. The first line describes the run; each other line is one sample: its id, {@code known}
 * (false for a sample file without goldens), its {@code position} in the goldens' order (null when
 * not known), its retries, its values and, where the golden form writes it back, the response. Its
 * one owner, in both directions.
 */
public final class ResultsFile {
  /** Raised when the layout of the file changes, so that an old reader refuses a newer file. */
  public static final int FORMAT = 1;

  /**
   * Surrogates escaped, so that a lone one (in an API's error message) survives the round trip
   * instead of becoming '?' in UTF-8; everything else is written as itself.
   */
  private static final CharacterEscapes SURROGATES =
      new CharacterEscapes() {
        @Override
        public int[] getEscapeCodesForAscii() {
          return standardAsciiEscapesForJSON();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
          return Character.isSurrogate((char) ch)
              ? new SerializedString(String.format("\\u%04x", ch))
              : null;
        }
      };

  private static final String PREFIX = "results-";
  private static final String EXTENSION = ".jsonl";

  /** What the first line says of the run. {@code shard} is null for every sample. */
  public record Header(
      String execution,
      Shard shard,
      int samples,
      int goldenSamples,
      String golden,
      long millis,
      String endpoint) {}

  /** One sample's line: {@code position} in the goldens' order, null for a sample without any. */
  public record Entry(Integer position, SampleResult result) {}

  /** A whole file. */
  public record Contents(Header header, List<Entry> entries) {}

  private ResultsFile() {}

  /** {@code results-<execution id>.jsonl}; the report folder's file name needs the shard too. */
  public static String fileName(String executionId) {
    return PREFIX + executionId.replaceAll("[^A-Za-z0-9._-]", "_") + EXTENSION;
  }

  /** A file name a shard's results file may have: the report goal looks at these only. */
  public static boolean isShardFileName(String name) {
    return name.startsWith(PREFIX) && name.endsWith(EXTENSION) && name.contains("-shard");
  }

  /** Streams every sample's line into the file, which is replaced at once when all is written. */
  public static void write(Path file, CheckResult result, Shard shard) throws IOException {
    List<String> goldenIds = result.golden().sampleIds();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < goldenIds.size(); i++) {
      positions.putIfAbsent(goldenIds.get(i), i);
    }
    AtomicFile.write(
        file,
        w -> {
          JsonGenerator g = Json.MAPPER.createGenerator(w);
          // The writer belongs to AtomicFile, which flushes, counts and closes it.
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.setCharacterEscapes(SURROGATES);
          g.setRootValueSeparator(new SerializedString("\n"));
          g.writeStartObject();
          g.writeNumberField("format", FORMAT);
          g.writeStringField("execution", result.executionId());
          g.writeStringField("shard", shard == null ? null : shard.toString());
          g.writeNumberField("samples", result.samples());
          g.writeNumberField("goldenSamples", goldenIds.size());
          g.writeStringField("golden", result.goldenPath().toString());
          g.writeNumberField("millis", result.millis());
          g.writeStringField("endpoint", result.endpoint());
          g.writeEndObject();
          for (SampleResult r : result.sampleResults()) {
            sample(g, r, r.known() ? positions.get(r.id()) : null);
          }
          g.writeRaw('\n');
          g.close();
        });
  }

  private static void sample(JsonGenerator g, SampleResult r, Integer position) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeBooleanField("known", r.known());
    g.writeFieldName("position");
    if (position == null) {
      g.writeNull();
    } else {
      g.writeNumber(position);
    }
    g.writeNumberField("retries", r.retries());
    g.writeArrayFieldStart("values");
    for (ValueResult v : r.values()) {
      g.writeStartObject();
      g.writeStringField("output", v.output());
      g.writeStringField("status", v.status().name());
      g.writeStringField("expected", v.expected());
      g.writeStringField("actual", v.actual());
      number(g, "absError", v.absError());
      number(g, "relError", v.relError());
      number(g, "allowed", v.allowed());
      g.writeStringField("message", v.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (r.response() != null) {
      g.writeFieldName("response");
      g.writeTree(r.response());
    }
    g.writeEndObject();
  }

  /** NaN (no numeric comparison) as null; infinities as the strings Java and Python both read. */
  private static void number(JsonGenerator g, String key, double value) throws IOException {
    if (Double.isNaN(value)) {
      g.writeNullField(key);
    } else if (Double.isInfinite(value)) {
      g.writeStringField(key, value > 0 ? "Infinity" : "-Infinity");
    } else {
      g.writeNumberField(key, value);
    }
  }

  /** The first line alone: whose results, and of which shard. */
  public static Header header(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return header(file, in.readLine());
    }
  }

  /** The whole file; a message naming the file and line when it is not what this class writes. */
  public static Contents read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Header header = header(file, in.readLine());
      List<Entry> entries = new ArrayList<>(header.samples());
      String line;
      for (int n = 2; (line = in.readLine()) != null; n++) {
        if (!line.isEmpty()) {
          entries.add(entry(file, n, line));
        }
      }
      if (entries.size() != header.samples()) {
        throw new IOException(
            file
                + " holds "
                + entries.size()
                + " samples, but its first line says "
                + header.samples()
                + ": it was cut short");
      }
      return new Contents(header, entries);
    }
  }

  private static Header header(Path file, String line) throws IOException {
    JsonNode h = line == null ? null : parse(file, 1, line);
    if (h == null || !h.path("execution").isTextual() || !h.path("samples").isInt()) {
      throw new IOException(file + " line 1 is no header of predcheck's results");
    }
    if (h.path("format").asInt() != FORMAT) {
      throw new IOException(
          file
              + " is in results format "
              + h.path("format")
              + ", and this predcheck reads format "
              + FORMAT
              + ": merge with the predcheck version that wrote it");
    }
    Shard shard;
    try {
      shard = h.path("shard").isTextual() ? Shard.parse(h.path("shard").asText()) : null;
    } catch (ConfigurationException e) {
      throw new IOException(file + " line 1: no shard: " + h.path("shard"), e);
    }
    return new Header(
        h.path("execution").asText(),
        shard,
        h.path("samples").asInt(),
        h.path("goldenSamples").asInt(),
        text(h, "golden"),
        h.path("millis").asLong(),
        text(h, "endpoint"));
  }

  private static Entry entry(Path file, int n, String line) throws IOException {
    JsonNode s = parse(file, n, line);
    String id = text(s, "id");
    if (id == null || !s.path("values").isArray()) {
      throw new IOException(file + " line " + n + " is no sample's results");
    }
    List<ValueResult> values = new ArrayList<>();
    for (JsonNode v : s.path("values")) {
      Status status;
      try {
        status = Status.valueOf(v.path("status").asText());
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + n + ": no status: " + v.path("status"), e);
      }
      values.add(
          new ValueResult(
              id,
              text(v, "output"),
              text(v, "expected"),
              text(v, "actual"),
              number(v.path("absError")),
              number(v.path("relError")),
              number(v.path("allowed")),
              status,
              text(v, "message")));
    }
    JsonNode response = s.get("response");
    SampleResult result =
        new SampleResult(
            id, s.path("known").asBoolean(), values, response, s.path("retries").asInt());
    return new Entry(s.path("position").isInt() ? s.path("position").asInt() : null, result);
  }

  private static JsonNode parse(Path file, int n, String line) throws IOException {
    try {
      return Json.parse(line);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " line " + n + ": " + Json.problem(e), e);
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.path(key);
    return v.isTextual() ? v.asText() : null;
  }

  private static double number(JsonNode v) {
    return v.isNumber()
        ? v.asDouble()
        : v.isTextual() ? Double.parseDouble(v.asText()) : Double.NaN;
  }
}
