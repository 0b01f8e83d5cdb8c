package io.github.predcheck.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.Spread;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Setting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Goldens beyond the calls' spread are named once per group; goldens within the noise are not. */
class GoldenDriftTest {
  private static ValueResult golden(String id, double golden, double answered) {
    Tolerance t = Tolerance.DEFAULT;
    double abs = Math.abs(answered - golden);
    return new ValueResult(
        id,
        "width",
        Double.toString(golden),
        Double.toString(answered),
        abs,
        abs / Math.abs(golden),
        t.allowed(golden),
        t.isClose(answered, golden) ? Status.PASS : Status.DIVERGED,
        null);
  }

  /** The calls of "width" spread by 6e-5 relative. */
  private static Map<String, Proposal> spreadOf6em5() {
    Spread spread = new Spread();
    NearZeroSpread nearZero = new NearZeroSpread(10);
    ValueResult call = golden("a", 100.0, 100.006);
    spread.add("width", call, 1e-8);
    nearZero.add("width", call, Tolerance.DEFAULT);
    return Map.of("width", Proposal.of(spread.get("width"), nearZero.get("width"), 10));
  }

  @Test
  void goldensBeyondTheSpreadAreCountedWithTheFurthestAsExample() {
    GoldenDrift drift = new GoldenDrift();
    drift.add("width", golden("a", 100.0, 100.003)); // 3e-5: beyond 1e-5, within the noise
    drift.add("width", golden("b", 100.0, 100.1)); // 1e-3
    drift.add("width", golden("c", 50.0, 50.5)); // 1e-2
    drift.add("width", golden("d", 50.0, 50.0)); // passes
    List<GoldenDrift.Outside> outside = drift.outside(spreadOf6em5());
    assertThat(outside).hasSize(1);
    assertThat(outside.get(0).count()).isEqualTo(2);
    assertThat(outside.get(0).example().sampleId()).isEqualTo("c");
    String warning = Setting.plain(GoldenDrift.warning("drawing", outside.get(0)));
    assertThat(warning)
        .startsWith("[drawing] 2 golden values of width differ from the API's answers")
        .contains("e.g. sample c: golden 50.0, answered 50.5 (relative difference 0.0100")
        .contains("at most 6.00e-5")
        .contains("recorded on another machine or before a change")
        .endsWith("record them again: RECORD_GOAL with RECORD=all.");
  }

  @Test
  void goldensWithinTheNoiseWarnOfNothing() {
    GoldenDrift drift = new GoldenDrift();
    drift.add("width", golden("a", 100.0, 100.003));
    drift.add("width", golden("b", 100.0, 100.0059));
    assertThat(drift.outside(spreadOf6em5())).isEmpty();
  }
}
