package io.github.predcheck.calibrate;

import io.github.predcheck.compare.Spread;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.report.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The tolerance proposed for one output group from the spread between calls, and why.
 *
 * <p>Relative: {@code safetyFactor} × the largest relative spread. Absolute: kept as configured,
 * unless values near 0 spread beyond it (see {@link NearZeroSpread}), then {@code safetyFactor} ×
 * that spread. Both rounded up to one significant digit, so never below the spread × the factor. A
 * group whose calls all answered the same is deterministic: the configured tolerance is kept.
 */
public record Proposal(
    String group,
    long values,
    long numbers,
    double absoluteSpread,
    double relativeSpread,
    String relativeSpreadAt,
    double nearZeroSpread,
    long otherDifferences,
    Tolerance configured,
    Tolerance proposed,
    Choice choice,
    String why) {

  /** Which part of the tolerance the spread decided. */
  public enum Choice {
    /** Every call answered bit-for-bit the same. */
    DETERMINISTIC,
    /** Every difference is within the configured absolute tolerance. */
    KEPT,
    RELATIVE,
    /** Only values near 0 spread: the absolute tolerance covers them. */
    ABSOLUTE,
    RELATIVE_AND_ABSOLUTE;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** Whether the group holds numbers at all: a label's group gets no tolerance. */
  public boolean numeric() {
    return numbers > 0;
  }

  static Proposal of(Spread.Group s, NearZeroSpread.Group z, double safetyFactor) {
    Tolerance configured = z.configured();
    String factor = text(safetyFactor) + " × ";
    List<String> why = new ArrayList<>();
    Tolerance proposed = configured;
    Choice choice;
    if (s.none()) {
      choice = Choice.DETERMINISTIC;
      why.add(
          "deterministic: every call answered bit-for-bit the same, so exact comparison is safe;"
              + " the configured tolerance is kept");
    } else {
      if (z.relative() > 0) {
        proposed = proposed.withRelative(roundUp(safetyFactor * z.relative()));
        why.add(
            "relative: "
                + factor
                + "the largest relative spread, "
                + Numbers.format(z.relative())
                + " (sample "
                + z.relativeAt()
                + ")");
      }
      if (z.nearZero() > 0) {
        proposed = proposed.withAbsolute(roundUp(safetyFactor * z.nearZero()));
        why.add(
            "absolute: values near 0 spread by up to "
                + Numbers.format(z.nearZero())
                + ", which no relative tolerance covers; "
                + factor
                + "that");
      } else if (z.relative() > 0) {
        why.add("absolute kept: no value near 0 spread beyond it");
      }
      choice =
          z.relative() > 0
              ? (z.nearZero() > 0 ? Choice.RELATIVE_AND_ABSOLUTE : Choice.RELATIVE)
              : (z.nearZero() > 0 ? Choice.ABSOLUTE : Choice.KEPT);
      if (choice == Choice.KEPT && s.absolute() > 0) {
        why.add(
            "kept: every difference, at most "
                + Numbers.format(s.absolute())
                + ", is within the configured absolute tolerance "
                + Numbers.format(configured.absolute()));
      }
      if (s.otherDifferences() > 0) {
        why.add(
            s.otherDifferences()
                + " labels or flags changed between calls, which no tolerance covers");
      }
    }
    return new Proposal(
        s.name(),
        s.values(),
        z.numbers(),
        s.absolute(),
        z.relative(),
        z.relativeAt(),
        z.nearZero(),
        s.otherDifferences(),
        configured,
        proposed,
        choice,
        String.join("; ", why));
  }

  /**
   * Rounded up to one significant digit (3.1e-4 to 4e-4), so that a pom stays readable; never below
   * {@code value}: the shortest decimal of {@code value} reads back to it, and rounding that up
   * gives a decimal, and so a double, at least as large.
   */
  static double roundUp(double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).round(new MathContext(1, RoundingMode.UP)).doubleValue();
  }

  /** A tolerance as the pom and the console show it: 4e-4, 0.002, 3. */
  public static String text(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    int exponent = d.precision() - d.scale() - 1;
    if (exponent >= -3 && exponent < 7) {
      return d.toPlainString();
    }
    String digits = d.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (d.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
  }
}
