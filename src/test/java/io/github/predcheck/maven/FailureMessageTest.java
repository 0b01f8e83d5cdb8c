package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.csv.GoldenCsvReader;
import io.github.predcheck.run.CheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure message carries the exact record command for what failed. */
class FailureMessageTest {
  private static CheckResult result(boolean diverged, boolean fresh, boolean error)
      throws Exception {
    List<SampleResult> samples = new ArrayList<>();
    Status status = diverged ? Status.DIVERGED : Status.PASS;
    samples.add(
        new SampleResult(
            "a",
            true,
            List.of(new ValueResult("a", "t", "1.0", "2.0", 1, 1, 1e-5, status, null)),
            null));
    if (error) {
      samples.add(
          new SampleResult(
              "b", true, List.of(ValueResult.error("b", "t", "1.0", "HTTP 500")), null));
    }
    if (fresh) {
      samples.add(
          new SampleResult(
              "c",
              false,
              List.of(
                  new ValueResult(
                      "c", "t", null, "3.0", Double.NaN, Double.NaN, Double.NaN, Status.NEW, null)),
              null));
    }
    var golden =
        CsvGoldens.of(
            GoldenCsvReader.parse(
                Path.of("g.csv"), "id,pred,name\na,1.0,t\nb,1.0,t\n", Columns.DEFAULT),
            Columns.DEFAULT,
            List.of(),
            Tolerance.DEFAULT);
    return new CheckResult("drawing", golden, samples, 5);
  }

  @Test
  void theRecordModeFollowsWhatFailed() throws Exception {
    assertThat(FailureMessage.howToRecord(result(true, false, false), true))
        .endsWith("mvn predcheck:record@drawing -Dpredcheck.record=failing");
    assertThat(FailureMessage.howToRecord(result(false, true, false), true))
        .endsWith("mvn predcheck:record@drawing -Dpredcheck.record=missing");
    assertThat(FailureMessage.howToRecord(result(true, true, false), true))
        .endsWith("mvn predcheck:record@drawing -Dpredcheck.record=all");
    assertThat(FailureMessage.howToRecord(result(true, true, false), false))
        .endsWith("-Dpredcheck.record=failing");
    assertThat(FailureMessage.howToRecord(result(false, false, true), true))
        .isEqualTo("Errors are not recorded: fix their cause first.");
  }

  @Test
  void theMessageCountsAndPointsAtTheObtainedValues() throws Exception {
    assertThat(FailureMessage.of(result(true, true, true), true, Path.of("target/obtained.csv")))
        .startsWith(
            "Predictions of [drawing] do not match the golden file: 1 diverged, 1 error,"
                + " 1 new sample without golden rows. What the API returned is in target/obtained.csv.");
  }
}
