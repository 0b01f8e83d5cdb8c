package io.github.predcheck.compare;

import java.util.Objects;

/**
 * The outcome for one (sample, output). Errors are NaN where there is no numeric comparison; {@code
 * actual} is the obtained value as golden-file text, null when none came back.
 *
 * <p>A class with a record's methods (accessors, equality by every component) rather than a record,
 * so that a value read from {@link ValueColumns} makes its texts (name, expected, actual) only when
 * they are asked for: a report that counts statuses or errors over a million values writes none.
 */
public final class ValueResult {
  private final String sampleId;
  private final String output;
  private final String expected;
  private final String actual;
  private final double absError;
  private final double relError;
  private final double allowed;
  private final Status status;
  private final String message;

  /** Where the texts come from when they are made on demand; null when they are held. */
  private final ValueColumns columns;

  private final int index;

  public ValueResult(
      String sampleId,
      String output,
      String expected,
      String actual,
      double absError,
      double relError,
      double allowed,
      Status status,
      String message) {
    this.sampleId = sampleId;
    this.output = output;
    this.expected = expected;
    this.actual = actual;
    this.absError = absError;
    this.relError = relError;
    this.allowed = allowed;
    this.status = status;
    this.message = message;
    this.columns = null;
    this.index = -1;
  }

  /** Value {@code index} of the columns: a number compared with a golden number. */
  ValueResult(
      ValueColumns columns,
      int index,
      String sampleId,
      double absError,
      double relError,
      double allowed,
      Status status) {
    this.sampleId = sampleId;
    this.output = null;
    this.expected = null;
    this.actual = null;
    this.absError = absError;
    this.relError = relError;
    this.allowed = allowed;
    this.status = status;
    this.message = null;
    this.columns = columns;
    this.index = index;
  }

  public String sampleId() {
    return sampleId;
  }

  public String output() {
    return columns == null ? output : columns.output(index);
  }

  public String expected() {
    return columns == null ? expected : columns.expectedText(index);
  }

  public String actual() {
    return columns == null ? actual : columns.actualText(index);
  }

  public double absError() {
    return absError;
  }

  public double relError() {
    return relError;
  }

  public double allowed() {
    return allowed;
  }

  public Status status() {
    return status;
  }

  public String message() {
    return message;
  }

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

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueResult v
        && Objects.equals(sampleId, v.sampleId)
        && Objects.equals(output(), v.output())
        && Objects.equals(expected(), v.expected())
        && Objects.equals(actual(), v.actual())
        && Double.compare(absError, v.absError) == 0
        && Double.compare(relError, v.relError) == 0
        && Double.compare(allowed, v.allowed) == 0
        && status == v.status
        && Objects.equals(message, v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sampleId, output(), expected(), actual(), absError, relError, allowed, status, message);
  }

  @Override
  public String toString() {
    return "ValueResult[sampleId="
        + sampleId
        + ", output="
        + output()
        + ", expected="
        + expected()
        + ", actual="
        + actual()
        + ", absError="
        + absError
        + ", relError="
        + relError
        + ", allowed="
        + allowed
        + ", status="
        + status
        + ", message="
        + message
        + "]";
  }
}
