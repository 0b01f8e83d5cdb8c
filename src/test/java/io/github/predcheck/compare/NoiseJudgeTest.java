package io.github.predcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Diffy's rule: beyond tolerance is noise only within factor times the baseline's own spread. */
class NoiseJudgeTest {
  private static ValueResult number(String id, String output, double baseline, double other) {
    return ValueComparator.numeric(
        id, output, Double.toString(baseline), other, baseline, Tolerance.DEFAULT);
  }

  private static ValueResult label(String id, String baseline, String other) {
    return ValueComparator.compare(
        id,
        "material",
        baseline,
        com.fasterxml.jackson.databind.node.TextNode.valueOf(other),
        Tolerance.DEFAULT);
  }

  @Test
  void aDifferenceUpToTheFactorTimesTheNoiseIsNoiseAndBeyondItDiverges() {
    Spread noise = new Spread();
    // The baseline's own two answers differ by 4e-5 relative on one sample.
    noise.add("thickness", number("a", "thickness", 10, 10.0004), 1e-8);
    assertThat(noise.get("thickness").relative())
        .isCloseTo(4e-5, org.assertj.core.data.Offset.offset(1e-12));
    NoiseJudge judge = new NoiseJudge(noise, 2, o -> o);

    SampleResult within = sample("b", number("b", "thickness", 10, 10.0007)); // 7e-5 <= 8e-5
    SampleResult beyond = sample("c", number("c", "thickness", 10, 10.0009)); // 9e-5 > 8e-5
    SampleResult other = sample("d", number("d", "width", 10, 10.0003)); // no noise in width

    assertThat(judge.judge(within).values().get(0).status()).isEqualTo(Status.NOISE);
    assertThat(judge.judge(within).values().get(0).message())
        .isEqualTo("within the baseline's noise: 7.00e-05 relative <= 2.00 x 4.00e-05");
    assertThat(judge.judge(beyond).values().get(0).status()).isEqualTo(Status.DIVERGED);
    assertThat(judge.judge(other).values().get(0).status()).isEqualTo(Status.DIVERGED);

    List<NoiseJudge.Row> rows =
        judge.rows(List.of(judge.judge(within), judge.judge(beyond), judge.judge(other)));
    assertThat(rows).extracting(NoiseJudge.Row::group).containsExactly("thickness", "width");
    assertThat(rows.get(0).verdict()).isEqualTo(NoiseJudge.Verdict.MOVED);
    assertThat(rows.get(0).noisy()).isEqualTo(1);
    assertThat(rows.get(0).moved()).isEqualTo(1);
    assertThat(rows.get(0).largestAt()).isEqualTo("c");
    assertThat(rows.get(1).verdict()).isEqualTo(NoiseJudge.Verdict.MOVED);
  }

  @Test
  void aLabelIsNoiseOnlyWhereTheBaselineItselfChangedIt() {
    Spread noise = new Spread();
    NoiseJudge steady = new NoiseJudge(noise, 2, o -> o);
    noise.add("material", label("a", "steel", "steel"), 0);
    assertThat(steady.judge(sample("b", label("b", "steel", "copper"))).values().get(0).status())
        .isEqualTo(Status.DIVERGED);
    noise.add("material", label("a", "steel", "copper"), 0);
    assertThat(steady.judge(sample("b", label("b", "steel", "copper"))).values().get(0).status())
        .isEqualTo(Status.NOISE);
  }

  @Test
  void spreadCountsRelativeNoiseOnlyAboveTheFloorAndNeverAgainstZero() {
    Spread spread = new Spread();
    spread.add(
        "x", number("a", "x", 1e-9, 5e-9), 1e-8); // within the floor: 400 % relative, ignored
    spread.add("x", number("b", "x", 0, 1e-6), 1e-8); // against 0: infinitely relative, ignored
    assertThat(spread.get("x").relative()).isZero();
    assertThat(spread.get("x").absolute()).isEqualTo(1e-6);
    assertThat(spread.get("x").values()).isEqualTo(2);
    assertThat(spread.get("x").none()).isFalse();
    assertThat(spread.get("never seen").none()).isTrue();
  }

  private static SampleResult sample(String id, ValueResult v) {
    return new SampleResult(id, true, List.of(v), null);
  }
}
