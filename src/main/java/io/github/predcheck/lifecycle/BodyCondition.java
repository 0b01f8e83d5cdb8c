package io.github.predcheck.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition on a JSON body, written {@code <pointer>=<value>}: {@code /status=Healthy} for
 * TorchServe's ping, {@code /0/workers/*&#47;status=READY} for its management API. A segment
 * {@code *} means every element of an array (and there must be at least one).
 */
public record BodyCondition(String text, List<String> segments, String expected) {

  public static BodyCondition parse(String text, String element) throws ConfigurationException {
    int eq = text.lastIndexOf('=');
    String pointer = eq < 0 ? "" : text.substring(0, eq).strip();
    if (eq < 0 || !(pointer.isEmpty() || pointer.startsWith("/"))) {
      throw new ConfigurationException(
          "<" + element + "> '" + text + "' is not a condition: write <pointer>=<value>, for example"
              + " /status=Healthy or /0/workers/*/status=READY.");
    }
    List<String> segments = new ArrayList<>();
    for (String s : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      segments.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return new BodyCondition(text, List.copyOf(segments), text.substring(eq + 1).strip());
  }

  public boolean test(String body) {
    try {
      return matches(Json.parse(body), 0);
    } catch (Exception e) {
      return false;
    }
  }

  private boolean matches(JsonNode node, int index) {
    if (index == segments.size()) {
      return node.isValueNode() && node.asText().equals(expected);
    }
    String segment = segments.get(index);
    if (segment.equals("*")) {
      if (!node.isContainerNode() || node.isEmpty()) {
        return false;
      }
      for (JsonNode child : node) {
        if (!matches(child, index + 1)) {
          return false;
        }
      }
      return true;
    }
    JsonNode child = node.isArray() && segment.matches("\\d+") ? node.path(Integer.parseInt(segment)) : node.path(segment);
    return !child.isMissingNode() && matches(child, index + 1);
  }
}
