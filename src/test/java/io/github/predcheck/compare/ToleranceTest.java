package io.github.predcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToleranceTest {
  private final Tolerance numpy = Tolerance.DEFAULT;

  @Test
  void defaultsAreNumpyIsclose() {
    assertThat(numpy.absolute()).isEqualTo(1e-8);
    assertThat(numpy.relative()).isEqualTo(1e-5);
    assertThat(numpy.nanEqual()).isFalse();
  }

  @Test
  void acceptsWithinAndRejectsBeyondTheBound() {
    double expected = 9.607873916625977;
    double allowed = 1e-8 + 1e-5 * expected;
    assertThat(numpy.isClose(expected, expected)).isTrue();
    assertThat(numpy.isClose(expected + allowed * 0.99, expected)).isTrue();
    assertThat(numpy.isClose(expected - allowed * 0.99, expected)).isTrue();
    // The comparator must reject: TorchServe's early validator accepted everything.
    assertThat(numpy.isClose(expected + allowed * 1.01, expected)).isFalse();
    assertThat(numpy.isClose(expected - allowed * 1.01, expected)).isFalse();
    assertThat(numpy.isClose(10.6, expected)).isFalse();
    assertThat(numpy.isClose(-expected, expected)).isFalse();
  }

  @Test
  void theGoldenValueIsTheReference() {
    // numpy.isclose is asymmetric: the bound scales with |expected| only.
    Tolerance rel = new Tolerance(0, 0.1, false);
    assertThat(rel.isClose(1.0, 1.1)).isTrue(); // |1-1.1| = 0.1 <= 0.11
    assertThat(rel.isClose(1.1, 1.0))
        .isFalse(); // 0.1 > 0.1 * 1.0? equal within fp: 0.10000000000000009 > 0.1
  }

  @Test
  void zeroExpectedNeedsTheAbsoluteTerm() {
    assertThat(numpy.isClose(0.0, 0.0)).isTrue();
    assertThat(numpy.isClose(5e-9, 0.0)).isTrue();
    assertThat(numpy.isClose(2e-8, 0.0)).isFalse();
    Tolerance relativeOnly = new Tolerance(0, 0.05, false);
    assertThat(relativeOnly.isClose(2.9e-7, 0.0)).isFalse();
    assertThat(relativeOnly.isClose(-0.0, 0.0)).isTrue();
  }

  @Test
  void negativeNumbersUseTheMagnitude() {
    assertThat(numpy.isClose(-100.0009, -100.0)).isTrue();
    assertThat(numpy.isClose(-100.002, -100.0)).isFalse();
    assertThat(numpy.isClose(100.0, -100.0)).isFalse();
  }

  @Test
  void nanEqualsNanOnlyWhenAsked() {
    assertThat(numpy.isClose(Double.NaN, Double.NaN)).isFalse();
    assertThat(numpy.withNanEqual(true).isClose(Double.NaN, Double.NaN)).isTrue();
    assertThat(numpy.withNanEqual(true).isClose(Double.NaN, 1.0)).isFalse();
    assertThat(numpy.withNanEqual(true).isClose(1.0, Double.NaN)).isFalse();
  }

  @Test
  void infinitiesEqualOnlyTheSameInfinity() {
    double inf = Double.POSITIVE_INFINITY;
    assertThat(numpy.isClose(inf, inf)).isTrue();
    assertThat(numpy.isClose(-inf, -inf)).isTrue();
    assertThat(numpy.isClose(-inf, inf)).isFalse();
    assertThat(numpy.isClose(1e308, inf)).isFalse();
    assertThat(numpy.isClose(inf, 1e308)).isFalse();
    assertThat(new Tolerance(1e300, 1, false).isClose(inf, 1.0)).isFalse();
  }

  @Test
  void rejectsNegativeOrNanTolerances() {
    assertThatThrownBy(() -> new Tolerance(-1, 0, false)).hasMessageContaining("absolute");
    assertThatThrownBy(() -> new Tolerance(0, Double.NaN, false)).hasMessageContaining("relative");
  }
}
