package io.github.predcheck.golden;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Structured goldens: one expected JSON document per sample, either a folder of {@code <id>.json}
 * files or one file mapping each id to its expected response.
 */
public record JsonGoldens(Path path, boolean folder, Map<String, JsonNode> expected) {
  public JsonGoldens {
    expected = new LinkedHashMap<>(expected);
  }

  public static JsonGoldens read(Path path) throws ConfigurationException {
    if (Files.isDirectory(path)) {
      Map<String, JsonNode> docs = new LinkedHashMap<>();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList()) {
          String rel = path.relativize(f).toString().replace('\\', '/');
          docs.put(rel.substring(0, rel.length() - ".json".length()), parse(f));
        }
      } catch (IOException | UncheckedIOException e) {
        throw new ConfigurationException("Cannot read the JSON goldens in " + path + ": " + e.getMessage(), e);
      }
      return new JsonGoldens(path, true, docs);
    }
    if (!Files.isRegularFile(path)) {
      throw new ConfigurationException("JSON golden " + path + " does not exist. Point <goldenJson> (-Dpredcheck.goldenJson)"
          + " at a folder of <sample id>.json files or at one file mapping each id to its expected response,"
          + " or create it with 'mvn predcheck:record@<execution id>'.");
    }
    JsonNode root = parse(path);
    if (!root.isObject()) {
      throw new ConfigurationException(path + " must be a JSON object mapping each sample id to its expected response,"
          + " e.g. {\"kitten\": {\"tabby\": 0.41}}.");
    }
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      docs.put(e.getKey(), e.getValue());
    }
    return new JsonGoldens(path, false, docs);
  }

  private static JsonNode parse(Path file) throws ConfigurationException {
    try {
      return Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + " column " + at.getColumnNr();
      throw new ConfigurationException(file + where + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes these samples' documents: one file each in a folder, or the mapping file rewritten at once. */
  public void write(Map<String, JsonNode> documents) throws IOException {
    if (folder) {
      for (Map.Entry<String, JsonNode> e : documents.entrySet()) {
        AtomicFile.write(path.resolve(e.getKey() + ".json"), pretty(e.getValue()));
      }
      return;
    }
    ObjectNode all = Json.MAPPER.createObjectNode();
    expected.forEach(all::set);
    documents.forEach(all::set);
    AtomicFile.write(path, pretty(all));
  }

  public static String pretty(JsonNode node) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
