package io.github.predcheck.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.Spread;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import org.junit.jupiter.api.Test;

/** The proposal rule: relative, absolute near 0, deterministic, rounded up. */
class ProposalTest {
  private final Spread spread = new Spread();
  private final NearZeroSpread nearZero = new NearZeroSpread(10);

  /** A later answer {@code later} compared with a first one {@code first}. */
  private void add(String id, double first, double later) {
    double abs = Math.abs(later - first);
    double rel = abs / Math.abs(first);
    Tolerance t = Tolerance.DEFAULT;
    ValueResult v =
        new ValueResult(
            id,
            "score",
            Double.toString(first),
            Double.toString(later),
            abs,
            rel,
            t.allowed(first),
            t.isClose(later, first) ? Status.PASS : Status.DIVERGED,
            null);
    spread.add("score", v, t.absolute());
    nearZero.add("score", v, t);
  }

  private Proposal proposal() {
    return Proposal.of(spread.get("score"), nearZero.get("score"), 10);
  }

  @Test
  void relativeIsTheSafetyFactorTimesTheLargestRelativeSpreadRoundedUp() {
    add("a", 8.0, 8.0 * (1 + 3.1e-5));
    add("b", 90.0, 90.0 * (1 - 1e-5));
    Proposal p = proposal();
    assertThat(p.choice()).isEqualTo(Proposal.Choice.RELATIVE);
    assertThat(p.relativeSpreadAt()).isEqualTo("a");
    assertThat(p.proposed().relative()).isEqualTo(4e-4);
    assertThat(p.proposed().absolute()).isEqualTo(1e-8);
    assertThat(p.why()).contains("relative: 10 × the largest relative spread, 3.10e-5 (sample a)");
  }

  @Test
  void valuesNearZeroThatSpreadGetAnAbsoluteToleranceInsteadOfAHugeRelativeOne() {
    add("a", 8.0, 8.0 * (1 + 1.9e-6));
    // 3e-7 around 1e-7 is 300 % relative: no relative tolerance means anything there.
    add("b", 1e-7, 4e-7);
    add("c", 0.0, -2e-7);
    Proposal p = proposal();
    assertThat(p.choice()).isEqualTo(Proposal.Choice.RELATIVE_AND_ABSOLUTE);
    assertThat(p.proposed().relative()).isEqualTo(2e-5);
    assertThat(p.proposed().absolute()).isEqualTo(3e-6);
    assertThat(p.nearZeroSpread()).isCloseTo(3e-7, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(p.why()).contains("absolute: values near 0 spread by up to 3.00e-7");
  }

  @Test
  void onlyValuesNearZeroSpreadingKeepsTheRelativeTolerance() {
    add("a", 8.0, 8.0);
    add("c", 0.0, 5e-8);
    Proposal p = proposal();
    assertThat(p.choice()).isEqualTo(Proposal.Choice.ABSOLUTE);
    assertThat(p.proposed()).isEqualTo(new Tolerance(5e-7, 1e-5, false));
  }

  @Test
  void aSpreadOfZeroIsDeterministicAndKeepsTheConfiguredTolerance() {
    add("a", 8.0, 8.0);
    add("b", 0.0, 0.0);
    Proposal p = proposal();
    assertThat(p.choice()).isEqualTo(Proposal.Choice.DETERMINISTIC);
    assertThat(p.proposed()).isEqualTo(Tolerance.DEFAULT);
    assertThat(p.why()).contains("bit-for-bit the same", "exact comparison is safe");
  }

  @Test
  void differencesWithinTheAbsoluteToleranceKeepIt() {
    add("a", 8e-3, 8e-3 + 5e-9);
    Proposal p = proposal();
    assertThat(p.choice()).isEqualTo(Proposal.Choice.KEPT);
    assertThat(p.proposed()).isEqualTo(Tolerance.DEFAULT);
  }

  @Test
  void roundsUpToOneSignificantDigitNeverBelow() {
    assertThat(Proposal.roundUp(3.1e-4)).isEqualTo(4e-4);
    assertThat(Proposal.roundUp(4e-4)).isEqualTo(4e-4);
    assertThat(Proposal.roundUp(9.01e-6)).isEqualTo(1e-5);
    assertThat(Proposal.roundUp(0.30000000000000004)).isEqualTo(0.4);
    assertThat(Proposal.roundUp(0)).isZero();
    for (double x = 1.234e-9; x < 100; x *= 1.37) {
      assertThat(Proposal.roundUp(x)).isGreaterThanOrEqualTo(x);
    }
    assertThat(Proposal.text(4e-4)).isEqualTo("4e-4");
    assertThat(Proposal.text(0.002)).isEqualTo("0.002");
    assertThat(Proposal.text(1e-8)).isEqualTo("1e-8");
    assertThat(Proposal.text(30)).isEqualTo("30");
  }
}
