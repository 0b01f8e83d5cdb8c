package io.github.predcheck.compare;

/**
 * numpy.isclose semantics with the golden value as the reference: {@code |actual - expected| <=
 * absolute + relative * |expected|}. NaN equals NaN only when {@code nanEqual}; an infinity equals
 * only the same infinity.
 */
public record Tolerance(double absolute, double relative, boolean nanEqual) {
  /** numpy.isclose's defaults: rtol 1e-5, atol 1e-8, equal_nan False. */
  public static final Tolerance DEFAULT = new Tolerance(1e-8, 1e-5, false);

  public Tolerance {
    if (!(absolute >= 0) || Double.isInfinite(absolute)) {
      throw new IllegalArgumentException(
          "absolute tolerance must be a finite number >= 0, was " + absolute);
    }
    if (!(relative >= 0) || Double.isInfinite(relative)) {
      throw new IllegalArgumentException(
          "relative tolerance must be a finite number >= 0, was " + relative);
    }
  }

  /** The largest difference allowed around {@code expected}. */
  public double allowed(double expected) {
    return absolute + relative * Math.abs(expected);
  }

  public boolean isClose(double actual, double expected) {
    if (Double.isNaN(actual) || Double.isNaN(expected)) {
      return nanEqual && Double.isNaN(actual) && Double.isNaN(expected);
    }
    if (Double.isInfinite(actual) || Double.isInfinite(expected)) {
      return actual == expected;
    }
    return Math.abs(actual - expected) <= allowed(expected);
  }

  public Tolerance withAbsolute(Double value) {
    return value == null ? this : new Tolerance(value, relative, nanEqual);
  }

  public Tolerance withRelative(Double value) {
    return value == null ? this : new Tolerance(absolute, value, nanEqual);
  }

  public Tolerance withNanEqual(Boolean value) {
    return value == null ? this : new Tolerance(absolute, relative, value);
  }
}
