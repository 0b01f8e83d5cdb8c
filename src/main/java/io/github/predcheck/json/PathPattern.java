package io.github.predcheck.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Pointer with wildcards, for choosing paths in a structured golden: {@code *} matches one
 * segment, {@code **} any number of them; {@code /} alone is the whole document.
 */
public record PathPattern(String text, List<String> segments) {

  public static PathPattern parse(String text) {
    String t = text.strip();
    if (!t.isEmpty() && !t.startsWith("/")) {
      throw new IllegalArgumentException("'" + text + "' is not a JSON Pointer pattern: start it with /, e.g. /*/score");
    }
    return new PathPattern(t, split(t.equals("/") ? "" : t));
  }

  /** The segments of a JSON Pointer, unescaped. */
  public static List<String> split(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      segments.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }

  public boolean matches(List<String> path) {
    return matches(0, path, 0);
  }

  private boolean matches(int p, List<String> path, int i) {
    if (p == segments.size()) {
      return i == path.size();
    }
    String s = segments.get(p);
    if (s.equals("**")) {
      for (int k = i; k <= path.size(); k++) {
        if (matches(p + 1, path, k)) {
          return true;
        }
      }
      return false;
    }
    return i < path.size() && (s.equals("*") || s.equals(path.get(i))) && matches(p + 1, path, i + 1);
  }
}
