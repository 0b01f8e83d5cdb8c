package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void fixedDecimalsAgreeWithStringFormatBarHalfWayTies() {
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
      for (int decimals : new int[] {1, 3}) {
        String expected = String.format(Locale.ROOT, "%." + decimals + "f", v);
        String actual = Numbers.fixed(v, decimals);
        if (!actual.equals(expected)) {
          // Only where the decimal expansion sits within a rounding error of a tie.
          double scaled = Math.abs(v) * Math.pow(10, decimals);
          assertThat(Math.abs(scaled - Math.floor(scaled) - 0.5))
              .as(v + " " + decimals)
              .isLessThan(1e-6);
        }
      }
    }
  }

  @Test
  void fixedKeepsZerosAndSigns() {
    assertThat(Numbers.fixed(0, 3)).isEqualTo("0.000");
    assertThat(Numbers.fixed(1.0005, 3)).isEqualTo("1.001");
    assertThat(Numbers.fixed(-0.04, 1)).isEqualTo("-0.0");
    assertThat(Numbers.fixed(-2.25, 1)).isEqualTo("-2.3");
    assertThat(Numbers.fixed(12.05, 3)).isEqualTo("12.050");
  }
}
