package io.github.predcheck.golden.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.golden.Recording;
import io.github.predcheck.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Structured goldens: one expected JSON document per sample, either a folder of {@code <id>.json}
 * files or one file mapping each id to its expected response.
 */
public final class JsonGoldens implements GoldenFile<JsonNode> {
  public static final String OBTAINED_FILE = "obtained.json";

  private final Path path;
  private final boolean folder;
  private final Map<String, JsonNode> expected;
  private final JsonForm form;

  JsonGoldens(Path path, boolean folder, Map<String, JsonNode> expected, JsonGoldenSpec spec) {
    this.path = path;
    this.folder = folder;
    this.expected = new LinkedHashMap<>(expected);
    this.form = new JsonForm(spec.rules());
  }

  public static JsonGoldens read(JsonGoldenSpec spec) throws ConfigurationException {
    Path path = spec.path();
    if (Files.isDirectory(path)) {
      Map<String, JsonNode> docs = new LinkedHashMap<>();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f :
            files
                .filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                .sorted()
                .toList()) {
          String rel = path.relativize(f).toString().replace('\\', '/');
          docs.put(rel.substring(0, rel.length() - ".json".length()), parse(f));
        }
      } catch (IOException | UncheckedIOException e) {
        throw new ConfigurationException(
            "Cannot read the JSON goldens in " + path + ": " + e.getMessage(), e);
      }
      return new JsonGoldens(path, true, docs, spec);
    }
    if (!Files.isRegularFile(path)) {
      throw new ConfigurationException(
          "JSON golden "
              + path
              + " does not exist. Point "
              + Setting.GOLDEN_JSON
              + " at a folder of <sample id>.json files or at one file mapping"
              + " each id to its expected response, or create it with "
              + Setting.RECORD_GOAL
              + ".");
    }
    JsonNode root = parse(path);
    if (!root.isObject()) {
      throw new ConfigurationException(
          path
              + " must be a JSON object mapping each sample id to its"
              + " expected response, e.g. {\"kitten\": {\"tabby\": 0.41}}.");
    }
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      docs.put(e.getKey(), e.getValue());
    }
    return new JsonGoldens(path, false, docs, spec);
  }

  /** Goldens that do not exist yet: a folder of files, or with .json one mapping file. */
  public static JsonGoldens empty(JsonGoldenSpec spec) {
    boolean folder = !spec.path().getFileName().toString().endsWith(".json");
    return new JsonGoldens(spec.path(), folder, Map.of(), spec);
  }

  private static JsonNode parse(Path file) throws ConfigurationException {
    try {
      return Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + " column " + at.getColumnNr();
      throw new ConfigurationException(
          file + where + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public GoldenForm<JsonNode> form() {
    return form;
  }

  @Override
  public List<String> sampleIds() {
    return List.copyOf(expected.keySet());
  }

  @Override
  public JsonNode expected(String id) {
    return expected.get(id);
  }

  @Override
  public String describe() {
    return Words.count(expected.size(), "sample") + " (JSON goldens in " + path.getFileName() + ")";
  }

  @Override
  public String obtainedFileName() {
    return OBTAINED_FILE;
  }

  /** Each sample's response, by id; a sample the API failed on keeps its expected document. */
  @Override
  public String obtained(List<SampleResult> results) {
    ObjectNode all = Json.MAPPER.createObjectNode();
    for (SampleResult r : results) {
      JsonNode document = r.response() != null ? r.response() : expected.get(r.id());
      if (document != null) {
        all.set(r.id(), document);
      }
    }
    return Json.pretty(all);
  }

  /** Each chosen sample's response becomes its document: its own file, or the mapping rewritten. */
  @Override
  public Recording record(List<SampleResult> results, RecordMode mode) {
    Set<String> failed = new LinkedHashSet<>();
    Map<String, JsonNode> write = new LinkedHashMap<>();
    for (SampleResult r : results) {
      if (r.failed()) {
        failed.add(r.id());
        continue;
      }
      boolean diverged = r.any(Status.DIVERGED);
      boolean wanted =
          switch (mode) {
            case MISSING -> !r.known();
            case FAILING -> r.known() && diverged;
            case ALL -> true;
          };
      if (wanted && r.response() != null) {
        write.put(r.id(), r.response());
      }
    }
    long added = write.keySet().stream().filter(id -> !expected.containsKey(id)).count();
    String changes =
        Words.count(write.size() - added, "sample")
            + " rewritten, "
            + Words.count(added, "new sample")
            + " added";
    return new Recording(files(write), changes, failed);
  }

  private Map<Path, String> files(Map<String, JsonNode> documents) {
    Map<Path, String> files = new LinkedHashMap<>();
    if (documents.isEmpty()) {
      return files;
    }
    if (folder) {
      documents.forEach((id, doc) -> files.put(path.resolve(id + ".json"), Json.pretty(doc)));
      return files;
    }
    ObjectNode all = Json.MAPPER.createObjectNode();
    expected.forEach(all::set);
    documents.forEach(all::set);
    files.put(path, Json.pretty(all));
    return files;
  }
}
