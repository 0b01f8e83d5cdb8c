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

  public Tolerance toleranceFor(List<String> path) {
    return tolerances.stream()
        .filter(t -> t.pattern().matches(path))
        .map(PathTolerance::tolerance)
        .findFirst()
        .orElse(common);
  }

  public boolean ignored(List<String> path) {
    return ignore.stream().anyMatch(p -> p.matches(path));
  }

  public boolean ranked(List<String> path) {
    return rank.stream().anyMatch(p -> p.matches(path));
  }
}
