package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.ValueResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A response of many numbers (an embedding, a mask) is one output in the statistics and a bounded
 * diff in JUnit, not a line per number.
 */
class LargeResponseReportTest {
  @Test
  void arrayIndicesAreOneOutputFamily() {
    assertThat(OutputStats.family("/embedding/123")).isEqualTo("/embedding/*");
    assertThat(OutputStats.family("/outputs/0/data/7")).isEqualTo("/outputs/*/data/*");
    assertThat(OutputStats.family("/0/probability")).isEqualTo("/*/probability");
    assertThat(OutputStats.family("/a1/b")).isEqualTo("/a1/b");
    assertThat(OutputStats.family("/")).isEqualTo("/");
    assertThat(OutputStats.family("thickness")).isEqualTo("thickness");
  }

  @Test
  void statisticsHaveALinePerArrayNotPerNumber() {
    List<ValueResult> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      values.add(ReportFixtures.numeric("emb", "/embedding/" + i, i, i == 7 ? i + 1 : i, 1e-8));
    }
    values.add(ReportFixtures.numeric("emb", "/norm", 1, 1, 1e-8));
    List<OutputStats> stats = OutputStats.of(values);
    assertThat(stats).extracting(OutputStats::output).containsExactly("/embedding/*", "/norm");
    assertThat(stats.get(0).values()).isEqualTo(5_000);
    assertThat(stats.get(0).diverged()).isEqualTo(1);
    assertThat(stats.get(0).maxAbs()).isEqualTo(1.0);
  }

  @Test
  void aJUnitDiffOfAHugeSampleListsWhatDidNotPass() throws Exception {
    List<ValueResult> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      values.add(
          ReportFixtures.numeric("emb", "/embedding/" + i, i, i % 100 == 7 ? i + 1 : i, 1e-8));
    }
    String xml = JUnitXmlReport.text(ReportFixtures.result("t", values, List.of(), 10), false);
    assertThat(xml)
        .contains("50 of 5000 values diverged:", "; … 30 more\"")
        .contains("/embedding/4907")
        .doesNotContain("/embedding/8 ")
        .contains("… 4950 more values, those that passed among them");
    assertThat(xml.length()).isLessThan(40_000);
  }
}
