package io.github.predcheck.compare;

import io.github.predcheck.json.PathPattern;
import java.util.List;

/**
 * How a structured golden is compared: tolerances chosen per path pattern (first match wins, else
 * the common one), paths to ignore, and paths whose ranking by value must be kept.
 */
public record JsonRules(
    List<PathTolerance> tolerances,
    Tolerance common,
    List<PathPattern> ignore,
    List<PathPattern> rank) {
  /** A tolerance for the values whose path matches the pattern. */
  public record PathTolerance(PathPattern pattern, Tolerance tolerance) {}

  public JsonRules {
    tolerances = List.copyOf(tolerances);
    ignore = List.copyOf(ignore);
    rank = List.copyOf(rank);
  }

  /** Once per number compared: loops, not streams. */
  public Tolerance toleranceFor(List<String> path) {
    for (PathTolerance t : tolerances) {
      if (t.pattern().matches(path)) {
        return t.tolerance();
      }
    }
    return common;
  }

  /** The text of the first tolerance pattern that matches; null when the common one applies. */
  public String patternFor(List<String> path) {
    for (PathTolerance t : tolerances) {
      if (t.pattern().matches(path)) {
        return t.pattern().text();
      }
    }
    return null;
  }

  /** Whether a rule names an array index: else every member of an array is treated alike. */
  public boolean namesIndexes() {
    return tolerances.stream().anyMatch(t -> t.pattern().namesAnIndex())
        || ignore.stream().anyMatch(PathPattern::namesAnIndex);
  }

  public boolean ignored(List<String> path) {
    return anyMatches(ignore, path);
  }

  public boolean ranked(List<String> path) {
    return anyMatches(rank, path);
  }

  private static boolean anyMatches(List<PathPattern> patterns, List<String> path) {
    for (PathPattern p : patterns) {
      if (p.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
