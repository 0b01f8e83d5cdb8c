package io.github.predcheck.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles as the shortest decimal that reads back to the same value, in Python's repr style
 * (9.607873916625977, 1e-07, 10.0), so goldens look like the ones model teams already keep.
 */
public final class Doubles {
  private Doubles() {}

  public static String shortest(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal rounded = exact;
    for (int digits = 1; digits <= 17; digits++) {
      rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        break;
      }
    }
    return format(rounded.stripTrailingZeros());
  }

  private static String format(BigDecimal d) {
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    String sign = d.signum() < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = String.format("%02d", Math.abs(exponent));
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    String plain = d.abs().toPlainString();
    return sign + (plain.contains(".") ? plain : plain + ".0");
  }

  /**
   * Parses a golden cell as a double, accepting Python's and Java's spellings; null when not a
   * number.
   */
  public static Double parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    switch (t.toLowerCase(java.util.Locale.ROOT)) {
      case "nan":
        return Double.NaN;
      case "inf", "+inf", "infinity", "+infinity":
        return Double.POSITIVE_INFINITY;
      case "-inf", "-infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    char last = t.charAt(t.length() - 1);
    // Double.parseDouble accepts "1d", "1f" and hex floats, which no golden file means as numbers.
    if (!(Character.isDigit(last) || last == '.') || t.startsWith("0x") || t.startsWith("0X")) {
      return null;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
