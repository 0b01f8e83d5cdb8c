package io.github.predcheck.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.json.Json;
import io.github.predcheck.json.PathPattern;
import java.util.List;

/**
 * A condition on a JSON body, written {@code <pointer>=<value>}: {@code /status=Healthy} for
 * TorchServe's ping, {@code /0/workers/*&#47;status=READY} for its management API. A segment {@code
 * *} means every element (and there must be at least one).
 */
public record BodyCondition(String text, PathPattern pointer, String expected) {

  /** Throws IllegalArgumentException, saying how to write one, when the text is not a condition. */
  public static BodyCondition parse(String text) {
    int eq = text.lastIndexOf('=');
    String pointer = eq < 0 ? "" : text.substring(0, eq).strip();
    if (eq < 0 || !(pointer.isEmpty() || pointer.startsWith("/")) || pointer.contains("**")) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a condition: write a JSON Pointer, '=' and the value,"
              + " for example /status=Healthy or /0/workers/*/status=READY");
    }
    return new BodyCondition(text, PathPattern.parse(pointer), text.substring(eq + 1).strip());
  }

  public boolean test(String body) {
    JsonNode root;
    try {
      root = Json.parse(body);
    } catch (Exception e) {
      return false;
    }
    List<JsonNode> values = pointer.select(root);
    return !values.isEmpty()
        && values.stream().allMatch(v -> v.isValueNode() && v.asText().equals(expected));
  }
}
