package io.github.predcheck.calibrate;

import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import java.util.HashMap;
import java.util.Map;

/**
 * Per output group, what {@link io.github.predcheck.compare.Spread} does not keep apart: the
 * differences at values so near 0 that no relative tolerance covers them, and the largest relative
 * difference of the others. A value is near 0 for its difference when {@code safetyFactor} times
 * the relative difference is 1 or more (or the value is 0): a relative tolerance of 100 % accepts
 * anything between 0 and twice the value, so an absolute one says more there. Safe to feed from
 * every sample thread.
 */
final class NearZeroSpread {
  /**
   * One group's figures: its configured tolerance, how many of its values were numbers, the largest
   * difference near 0, and the largest relative difference elsewhere with its sample.
   */
  record Group(
      Tolerance configured, long numbers, double nearZero, double relative, String relativeAt) {}

  private final double safetyFactor;
  private final Map<String, Group> groups = new HashMap<>();

  NearZeroSpread(double safetyFactor) {
    this.safetyFactor = safetyFactor;
  }

  /** Counts one comparison of a later answer's value with the first answer's. */
  synchronized void add(String group, ValueResult v, Tolerance configured) {
    Group g = groups.getOrDefault(group, new Group(configured, 0, 0, 0, null));
    if (!v.numeric()) {
      groups.put(group, g);
      return;
    }
    double nearZero = g.nearZero();
    double relative = g.relative();
    String at = g.relativeAt();
    // Differences within the absolute tolerance are neither: numpy's rule allows them already.
    if (v.absError() > g.configured().absolute()) {
      if (Double.isInfinite(v.relError()) || v.relError() * safetyFactor >= 1) {
        nearZero = Math.max(nearZero, v.absError());
      } else if (v.relError() > relative) {
        relative = v.relError();
        at = v.sampleId();
      }
    }
    groups.put(group, new Group(g.configured(), g.numbers() + 1, nearZero, relative, at));
  }

  /** The group's figures; null for a group never seen. */
  synchronized Group get(String group) {
    return groups.get(group);
  }
}
