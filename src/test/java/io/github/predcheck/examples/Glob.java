package io.github.predcheck.examples;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path glob as GitHub Actions (upload-artifact, the JUnit report actions) and GitLab (artifacts,
 * reports) read it: {@code *} and {@code ?} within one folder name, {@code **} as a whole segment
 * for any number of folders, none included. Java's own glob differs on that last point ({@code
 * **}{@code /target} there needs a folder before target), so the examples' tests use this one.
 */
final class Glob {
  private final List<String> segments;

  private Glob(List<String> segments) {
    this.segments = segments;
  }

  static Glob of(String pattern) {
    return new Glob(split(pattern));
  }

  /**
   * The pattern names this file, or a folder holding it: an artifact path that names a folder
   * uploads everything under it.
   */
  boolean covers(String file) {
    List<String> path = split(file);
    for (int end = path.size(); end > 0; end--) {
      if (match(0, path.subList(0, end), 0)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern names this very file. */
  boolean matches(String file) {
    List<String> path = split(file);
    return match(0, path, 0);
  }

  private boolean match(int p, List<String> path, int s) {
    if (p == segments.size()) {
      return s == path.size();
    }
    String segment = segments.get(p);
    if (segment.equals("**")) {
      for (int skip = s; skip <= path.size(); skip++) {
        if (match(p + 1, path, skip)) {
          return true;
        }
      }
      return false;
    }
    return s < path.size()
        && segmentRegex(segment).matcher(path.get(s)).matches()
        && match(p + 1, path, s + 1);
  }

  private static Pattern segmentRegex(String segment) {
    StringBuilder regex = new StringBuilder();
    for (char c : segment.toCharArray()) {
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** Segments without the empty ones a leading {@code ./}, a trailing or a double slash leave. */
  private static List<String> split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty() && !s.equals(".")).toList();
  }
}
