package io.github.predcheck.compare;

/**
 * The outcome for one (sample, output). Errors are NaN where there is no numeric comparison; {@code
 * actual} is the obtained value as golden-file text, null when none came back.
 */
public record ValueResult(
    String sampleId,
    String output,
    String expected,
    String actual,
    double absError,
    double relError,
    double allowed,
    Status status,
    String message) {

  /** Compared with a golden value: everything but a NEW sample's obtained value. */
  public boolean compared() {
    return status != Status.NEW;
  }

  public boolean numeric() {
    return !Double.isNaN(allowed);
  }

  public static ValueResult error(String sampleId, String output, String expected, String message) {
    return new ValueResult(
        sampleId,
        output,
        expected,
        null,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Status.ERROR,
        message);
  }
}
