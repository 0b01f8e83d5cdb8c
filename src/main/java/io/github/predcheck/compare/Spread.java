package io.github.predcheck.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The largest differences seen, per output group, between answers that should be the same: two
 * calls to one API (its noise), or the calls of a calibration. Fed with the results of comparing
 * one answer with another; safe to feed from every sample thread.
 *
 * <p>Relative differences count only above the output's absolute tolerance: near zero, any change
 * is a large relative one, and numpy's rule already allows the absolute part there.
 */
public final class Spread {
  /** One group's figures. {@code sampleId} is where the largest relative difference was seen. */
  public record Group(
      String name,
      long values,
      double absolute,
      double relative,
      String sampleId,
      long otherDifferences) {
    /** No difference at all: exact comparison is safe. */
    public boolean none() {
      return absolute == 0 && relative == 0 && otherDifferences == 0;
    }
  }

  private final Map<String, Group> groups = new LinkedHashMap<>();

  /**
   * Counts one comparison of an answer's value with another's.
   *
   * @param floor differences up to this (the output's absolute tolerance) are not relative noise
   */
  public synchronized void add(String group, ValueResult v, double floor) {
    Group g = groups.getOrDefault(group, new Group(group, 0, 0, 0, null, 0));
    double abs = g.absolute();
    double rel = g.relative();
    String at = g.sampleId();
    long other = g.otherDifferences();
    if (v.numeric()) {
      abs = Math.max(abs, v.absError());
      // Against a value of exactly 0 every difference is infinitely relative: only the absolute.
      if (v.absError() > floor && v.relError() > rel && !Double.isInfinite(v.relError())) {
        rel = v.relError();
        at = v.sampleId();
      }
    } else if (v.status() == Status.DIVERGED) {
      // A label or flag that changed between two calls: no number to measure, but no exact match.
      other++;
    }
    groups.put(group, new Group(group, g.values() + 1, abs, rel, at, other));
  }

  /** The group's figures; one without any value seen is no spread. */
  public synchronized Group get(String group) {
    return groups.getOrDefault(group, new Group(group, 0, 0, 0, null, 0));
  }

  /** Every group, in the order first seen. */
  public synchronized Map<String, Group> all() {
    return new LinkedHashMap<>(groups);
  }
}
