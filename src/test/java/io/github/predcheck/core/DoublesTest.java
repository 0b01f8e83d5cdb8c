package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;
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

  /**
   * Python's own repr (src/test/resources/python/repr.py wrote them): every power of two, the
   * tiniest subnormals, each power of ten and its neighbours, the edges of the plain layout (1e-4,
   * 1e16) and of Java's (1e-3, 1e7), real goldens, random doubles, float32 values, short decimals.
   */
  @Test
  void isPythonsReprOnItsOwnFixture() throws IOException {
    int lines = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/python/repr.txt")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine(), lines++) {
        String[] f = line.split(" ");
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
        assertThat(Doubles.shortest(d)).as(f[0]).isEqualTo(f[1]);
        String negative = f[1].startsWith("-") ? f[1].substring(1) : "-" + f[1];
        assertThat(Doubles.shortest(-d)).as("-" + f[0]).isEqualTo(negative);
      }
    }
    assertThat(lines).isGreaterThan(6000);
  }

  /**
   * The BigDecimal algorithm it replaced, on a million doubles (more with {@code
   * -Dpredcheck.oracleDoubles=4000000}; the oracle takes about 10 µs a value): the same text
   * everywhere but at 46 powers of two, where rounding the exact value is not the shortest and
   * Python's repr (see the test above) is the shorter one.
   */
  @Test
  void isTheReplacedAlgorithmOnMillionsOfDoublesButAtSomePowersOfTwo() {
    int count = Integer.getInteger("predcheck.oracleDoubles", 1_000_000);
    SplittableRandom random = new SplittableRandom(7);
    List<Double> values = new ArrayList<>();
    for (int e = -1074; e <= 1023; e++) {
      values.add(Math.scalb(1.0, e));
    }
    for (long m = 1; m < 2_000; m++) {
      values.add(Double.longBitsToDouble(m)); // the tiniest subnormals: one digit, two, three
    }
    for (int k = -324; k <= 308; k++) {
      double p = Double.parseDouble("1e" + k);
      values.addAll(List.of(p, Math.nextDown(p), Math.nextUp(p)));
    }
    for (double edge : new double[] {1e16, 1e-4, 1e-3, 1e7, Double.MIN_NORMAL, Double.MAX_VALUE}) {
      double up = edge;
      double down = edge;
      for (int i = 0; i < 50; i++) {
        values.add(up = Math.nextUp(up));
        values.add(down = Math.nextDown(down));
      }
    }
    TreeSet<Integer> differentPowers = new TreeSet<>();
    int checked = 0;
    for (int i = 0; checked < count; i++) {
      double d = i < values.size() ? values.get(i) : randomValue(random);
      if (Double.isNaN(d)) {
        continue;
      }
      for (double v : new double[] {d, -d}) {
        checked++;
        String fast = Doubles.shortest(v);
        String oracle = BigDecimalShortest.shortest(v);
        if (!fast.equals(oracle)) {
          int exponent = Math.getExponent(v);
          assertThat(v).as(oracle).isEqualTo(Math.copySign(Math.scalb(1.0, exponent), v));
          assertThat(fast.length()).as(oracle).isLessThan(oracle.length());
          assertThat(Doubles.parse(fast)).as(fast).isEqualTo(v);
          differentPowers.add(exponent);
        }
      }
    }
    assertThat(differentPowers).hasSize(46).contains(-24, -44, 122);
  }

  /** Mostly what models answer; some of any kind, which the oracle is slowest on. */
  private static double randomValue(SplittableRandom random) {
    int kind = random.nextInt(100);
    if (kind < 40) {
      return (float) (random.nextDouble() * 2 - 1); // a float32 model's output
    }
    if (kind < 70) {
      return Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(8)); // short
    }
    if (kind < 95) {
      return random.nextDouble() * Math.pow(10, random.nextInt(-40, 40)); // any magnitude
    }
    if (kind < 99) {
      return Double.longBitsToDouble(random.nextLong()); // any bits
    }
    return Double.longBitsToDouble(random.nextLong(1L << 52)); // a subnormal
  }

  @Test
  void parsesGoldenSpellings() {
    assertThat(Doubles.parse("nan")).isNaN();
    assertThat(Doubles.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Doubles.parse("1e-07")).isEqualTo(1e-7);
    assertThat(Doubles.parse("steel")).isNull();
    assertThat(Doubles.parse("1d")).isNull();
    assertThat(Doubles.parse("")).isNull();
    assertThat(Doubles.parse(" +Inf ")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Doubles.parse("NaN")).isNaN();
    assertThat(Doubles.parse("-0.0")).isEqualTo(-0.0);
    assertThat(Doubles.parse(".5")).isEqualTo(0.5);
    assertThat(Doubles.parse("0x1p3")).isNull();
  }
}
