package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DoublesTest {
  @Test
  void writesPythonReprStyle() {
    assertThat(Doubles.shortest(9.607873916625977)).isEqualTo("9.607873916625977");
    assertThat(Doubles.shortest(0.1)).isEqualTo("0.1");
    assertThat(Doubles.shortest(10.0)).isEqualTo("10.0");
    assertThat(Doubles.shortest(1e-7)).isEqualTo("1e-07");
    assertThat(Doubles.shortest(1.5e16)).isEqualTo("1.5e+16");
    assertThat(Doubles.shortest(0.0001)).isEqualTo("0.0001");
    assertThat(Doubles.shortest(-2.5)).isEqualTo("-2.5");
    assertThat(Doubles.shortest(-0.0)).isEqualTo("-0.0");
    assertThat(Doubles.shortest(Double.NaN)).isEqualTo("nan");
    assertThat(Doubles.shortest(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  @Test
  void everyDoubleReadsBackToItself() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(d)) {
        continue;
      }
      String s = Doubles.shortest(d);
      assertThat(Doubles.parse(s)).as(s).isEqualTo(d);
    }
    for (double d :
        new double[] {
          Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 2e-323, 1e23, 5e-324
        }) {
      assertThat(Doubles.parse(Doubles.shortest(d))).isEqualTo(d);
    }
  }

  @Test
  void isShortest() {
    // float32 results widened to double need all 16-17 digits; plain decimals need few.
    assertThat(Doubles.shortest(0.3)).isEqualTo("0.3");
    assertThat(Doubles.shortest(1e23)).isEqualTo("1e+23");
    assertThat(Doubles.shortest((double) 0.1f)).isEqualTo("0.10000000149011612");
  }

  @Test
  void parsesGoldenSpellings() {
    assertThat(Doubles.parse("nan")).isNaN();
    assertThat(Doubles.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Doubles.parse("1e-07")).isEqualTo(1e-7);
    assertThat(Doubles.parse("steel")).isNull();
    assertThat(Doubles.parse("1d")).isNull();
    assertThat(Doubles.parse("")).isNull();
  }
}
