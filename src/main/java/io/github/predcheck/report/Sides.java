package io.github.predcheck.report;

import io.github.predcheck.run.CheckResult;

/**
 * What the two values of a comparison are called: the golden (expected) and the API's (actual)
 * value in a check, the baseline's and the candidate's in a diff.
 */
record Sides(String expected, String actual) {
  static final Sides CHECK = new Sides("expected", "actual");
  static final Sides DIFF = new Sides("baseline", "candidate");

  static Sides of(CheckResult result) {
    return result.diff() == null ? CHECK : DIFF;
  }
}
