package io.github.predcheck.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.predcheck.maven.UserProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The recipes in {@code examples/}, read as the CI system or Renovate reads them. */
final class ExampleFiles {
  /** The property the recipes check only what changed with: the check goal's own. */
  static final String CHANGED_SINCE = "-D" + UserProperties.CHANGED_SINCE + "=";

  private static final Path DIR = Path.of("examples");

  private ExampleFiles() {}

  static JsonNode yaml(String name) throws IOException {
    return new YAMLMapper().readTree(DIR.resolve(name).toFile());
  }

  static JsonNode json(String name) throws IOException {
    return new ObjectMapper().readTree(DIR.resolve(name).toFile());
  }

  /** The elements of an array node that pass the test. */
  static List<JsonNode> select(JsonNode array, Predicate<JsonNode> test) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(
        node -> {
          if (test.test(node)) {
            out.add(node);
          }
        });
    return out;
  }

  /** The text items of an array node, or the one text of a text node. */
  static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (!node.isMissingNode() && !node.isNull()) {
      out.add(node.asText());
    }
    return out;
  }
}
