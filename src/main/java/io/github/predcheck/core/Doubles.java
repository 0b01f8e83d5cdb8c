package io.github.predcheck.core;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles as the shortest decimal that reads back to the same value, in Python's repr style
 * (9.607873916625977, 1e-07, 10.0), so goldens look like the ones model teams already keep.
 */
public final class Doubles {
  /** Python writes a decimal exponent outside [-4, 16) in scientific notation. */
  private static final int PLAIN_FROM = -4;

  private static final int PLAIN_BELOW = 16;

  private Doubles() {}

  /**
   * Once per value compared, so no BigDecimal and no String.format: the digits come from Raffaello
   * Giulietti's Schubfach (shipped in jackson-core, the algorithm of JDK 19's Double.toString; Java
   * 17's is not always shortest), only the layout is Python's. Like Python's repr, it picks the
   * shortest decimal in the interval that rounds to the value, so at the powers of two, where that
   * interval is lopsided, it is shorter than rounding the exact value (2^-24 is
   * 5.960464477539063e-08).
   */
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
    String java = NumberOutput.toString(value, true);
    int e = java.indexOf('E');
    if (e < 0) {
      // Between 1e-3 and 1e7 Java's layout is Python's: 0.001, 9.607873916625977, 100.0.
      return java;
    }
    char[] digits = new char[17];
    int n = 0;
    for (int i = 0; i < e; i++) {
      char c = java.charAt(i);
      if (c >= '0' && c <= '9') {
        digits[n++] = c;
      }
    }
    while (n > 1 && digits[n - 1] == '0') {
      n--;
    }
    int exponent = Integer.parseInt(java, e + 1, java.length(), 10);
    if (n <= 2 && Math.abs(value) < Double.MIN_NORMAL) {
      // Schubfach, as JDK 19, never answers one digit where two fit: 4.9e-324, Python 5e-324.
      return fewDigitsSubnormal(value);
    }
    return python(value < 0, digits, n, exponent);
  }

  /**
   * The tiniest subnormals: their exact value rounded to 1, 2 digits, whichever reads back first.
   */
  private static String fewDigitsSubnormal(double value) {
    BigDecimal exact = new BigDecimal(value);
    BigDecimal rounded = exact.round(new MathContext(1, RoundingMode.HALF_EVEN));
    if (rounded.doubleValue() != value) {
      rounded = exact.round(new MathContext(2, RoundingMode.HALF_EVEN));
    }
    rounded = rounded.stripTrailingZeros();
    char[] digits = rounded.unscaledValue().abs().toString().toCharArray();
    return python(value < 0, digits, digits.length, digits.length - 1 - rounded.scale());
  }

  /** d.ddd × 10^exponent laid out as Python's repr does, written straight into one char array. */
  private static String python(boolean negative, char[] digits, int n, int exponent) {
    char[] out = new char[n + 26];
    int k = 0;
    if (negative) {
      out[k++] = '-';
    }
    if (exponent < PLAIN_FROM || exponent >= PLAIN_BELOW) {
      out[k++] = digits[0];
      if (n > 1) {
        out[k++] = '.';
        System.arraycopy(digits, 1, out, k, n - 1);
        k += n - 1;
      }
      out[k++] = 'e';
      out[k++] = exponent < 0 ? '-' : '+';
      int abs = Math.abs(exponent);
      if (abs >= 100) {
        out[k++] = (char) ('0' + abs / 100);
      }
      out[k++] = (char) ('0' + abs / 10 % 10);
      out[k++] = (char) ('0' + abs % 10);
      return new String(out, 0, k);
    }
    if (exponent < 0) {
      out[k++] = '0';
      out[k++] = '.';
      for (int i = -1; i > exponent; i--) {
        out[k++] = '0';
      }
      System.arraycopy(digits, 0, out, k, n);
      return new String(out, 0, k + n);
    }
    int whole = exponent + 1;
    if (n <= whole) {
      System.arraycopy(digits, 0, out, k, n);
      k += n;
      for (int i = n; i < whole; i++) {
        out[k++] = '0';
      }
      out[k++] = '.';
      out[k++] = '0';
      return new String(out, 0, k);
    }
    System.arraycopy(digits, 0, out, k, whole);
    k += whole;
    out[k++] = '.';
    System.arraycopy(digits, whole, out, k, n - whole);
    return new String(out, 0, k + n - whole);
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
    char first = t.charAt(0);
    if (!(first >= '0' && first <= '9')) {
      // Only a word needs its case folded: nan, inf, -Infinity.
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
