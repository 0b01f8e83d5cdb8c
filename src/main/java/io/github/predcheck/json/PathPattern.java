package io.github.predcheck.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Pointer with wildcards: {@code *} matches one segment, {@code **} any number of them;
 * {@code /} alone is the whole document. It chooses paths in a structured golden and the values a
 * readiness condition tests.
 */
public record PathPattern(String text, List<String> segments) {
  private static final String ONE = "*";
  private static final String ANY = "**";

  /** Throws IllegalArgumentException, with the reason, when the text is not a pattern. */
  public static PathPattern parse(String text) {
    String t = text.strip();
    if (!t.isEmpty() && !t.startsWith("/")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a JSON Pointer pattern: start it with /, e.g. /*/score");
    }
    return new PathPattern(t, List.copyOf(Json.segments(t.equals("/") ? "" : t)));
  }

  /**
   * Whether a segment is an array index (digits): without one, the pattern matches every member of
   * an array alike, so a comparison asks once per array, not once per number.
   */
  public boolean namesAnIndex() {
    return segments.stream().anyMatch(Json::isIndex);
  }

  public boolean matches(List<String> path) {
    return matches(0, path, 0);
  }

  private boolean matches(int p, List<String> path, int i) {
    if (p == segments.size()) {
      return i == path.size();
    }
    String s = segments.get(p);
    if (s.equals(ANY)) {
      for (int k = i; k <= path.size(); k++) {
        if (matches(p + 1, path, k)) {
          return true;
        }
      }
      return false;
    }
    return i < path.size() && matches(s, path.get(i)) && matches(p + 1, path, i + 1);
  }

  private static boolean matches(String segment, String name) {
    return segment.equals(ONE) || segment.equals(name);
  }

  /**
   * The nodes the pattern reaches in a document, one per expansion of {@code *} (each child of an
   * object or array); a MissingNode where a named segment is absent, so that "every one" can fail
   * on it. {@code **} is not supported here.
   */
  public List<JsonNode> select(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    select(root, 0, out);
    return out;
  }

  private void select(JsonNode node, int p, List<JsonNode> out) {
    if (p == segments.size()) {
      out.add(node);
      return;
    }
    String s = segments.get(p);
    if (s.equals(ANY)) {
      throw new IllegalStateException("** cannot select values: " + text);
    }
    if (s.equals(ONE)) {
      if (node.isContainerNode()) {
        node.forEach(child -> select(child, p + 1, out));
      }
      return;
    }
    JsonNode child = Json.child(node, s);
    if (child.isMissingNode()) {
      out.add(MissingNode.getInstance());
    } else {
      select(child, p + 1, out);
    }
  }
}
