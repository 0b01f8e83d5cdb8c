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
}
