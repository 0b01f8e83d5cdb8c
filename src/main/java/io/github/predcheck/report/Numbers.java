package io.github.predcheck.report;

import java.util.Locale;

/**
 * How reports print errors and tolerances: three significant digits, or a dash when there is none.
 */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.3g", value).replace("e-0", "e-").replace("e+0", "e+");
  }

  /**
   * {@code value} with {@code decimals} decimals (0 to 6), rounded half up: SVG coordinates and
   * test times, thousands of them per report, without String.format's cost per call.
   */
  static String fixed(double value, int decimals) {
    long scale = POWERS[decimals];
    long units = Math.round(Math.abs(value) * scale);
    String sign = value < 0 ? "-" : ""; // as String.format: -0.04 is "-0.0"
    if (decimals == 0) {
      return sign + units;
    }
    String frac = Long.toString(scale + units % scale).substring(1);
    return sign + (units / scale) + "." + frac;
  }

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
}
