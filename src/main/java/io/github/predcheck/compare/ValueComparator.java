package io.github.predcheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.core.Doubles;
import java.util.Locale;

/**
 * Compares one golden cell with the value the API returned: numbers with the tolerance rule,
 * strings and booleans exactly.
 */
public final class ValueComparator {
  private ValueComparator() {}

  public static ValueResult compare(
      String sampleId, String output, String expected, JsonNode actual, Tolerance tolerance) {
    if (actual == null || actual.isMissingNode()) {
      return ValueResult.error(
          sampleId, output, expected, "output '" + output + "' is missing from the response");
    }
    if (actual.isNull()) {
      // A null is no prediction: never a pass, never recorded, whatever the golden cell says.
      return ValueResult.error(
          sampleId, output, expected, "output '" + output + "' is null in the response");
    }
    if (actual.isContainerNode()) {
      return ValueResult.error(
          sampleId,
          output,
          expected,
          "output '"
              + output
              + "' is a JSON "
              + (actual.isObject() ? "object" : "array")
              + "; point its JSON Pointer at a number, string or boolean");
    }
    if (actual.isNumber()) {
      Double e = expected == null ? null : Doubles.parse(expected);
      if (e == null) {
        return diverged(
            sampleId,
            output,
            expected,
            textOf(actual),
            "expected '" + expected + "', the API returned a number");
      }
      return numeric(sampleId, output, expected, actual.doubleValue(), e, tolerance);
    }
    String actualText = textOf(actual);
    if (actual.isBoolean()) {
      Boolean e = parseBoolean(expected);
      boolean same = e != null && e == actual.booleanValue();
      // Same value: keep the golden file's spelling (Python writes True) so obtained.csv diffs
      // clean.
      return same
          ? pass(sampleId, output, expected, expected)
          : diverged(sampleId, output, expected, actualText, null);
    }
    return actualText.equals(expected)
        ? pass(sampleId, output, expected, actualText)
        : diverged(sampleId, output, expected, actualText, null);
  }

  /** The numeric rule, with the errors that the report shows. */
  public static ValueResult numeric(
      String sampleId,
      String output,
      String expectedText,
      double actual,
      double expected,
      Tolerance tolerance) {
    Status status = tolerance.isClose(actual, expected) ? Status.PASS : Status.DIVERGED;
    return new ValueResult(
        sampleId,
        output,
        expectedText,
        Doubles.shortest(actual),
        absError(actual, expected),
        relError(actual, expected),
        tolerance.allowed(expected),
        status,
        null);
  }

  /** |actual - expected|; NaN beside a NaN; 0 between equal infinities, else infinite. */
  static double absError(double actual, double expected) {
    if (Double.isInfinite(actual) || Double.isInfinite(expected)) {
      return actual == expected ? 0 : Double.POSITIVE_INFINITY;
    }
    return Double.isNaN(actual) || Double.isNaN(expected)
        ? Double.NaN
        : Math.abs(actual - expected);
  }

  /** The error relative to the golden value: infinite against a golden 0, unless none. */
  static double relError(double actual, double expected) {
    double abs = absError(actual, expected);
    if (Double.isNaN(abs) || Double.isInfinite(actual) || Double.isInfinite(expected)) {
      return abs;
    }
    return abs == 0 ? 0 : (expected == 0 ? Double.POSITIVE_INFINITY : abs / Math.abs(expected));
  }

  /** The text the golden file would hold for this JSON value. */
  public static String textOf(JsonNode value) {
    if (value.isNumber()) {
      return value.isIntegralNumber() ? value.asText() : Doubles.shortest(value.doubleValue());
    }
    if (value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static Boolean parseBoolean(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> null;
    };
  }

  private static ValueResult pass(String sampleId, String output, String expected, String actual) {
    return new ValueResult(
        sampleId, output, expected, actual, Double.NaN, Double.NaN, Double.NaN, Status.PASS, null);
  }

  private static ValueResult diverged(
      String sampleId, String output, String expected, String actual, String why) {
    return new ValueResult(
        sampleId,
        output,
        expected,
        actual,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Status.DIVERGED,
        why);
  }
}
