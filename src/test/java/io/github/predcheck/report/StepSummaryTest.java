package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.Status;
import io.github.predcheck.run.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {
  @TempDir Path dir;

  private static List<String> tableRows(String md) {
    return md.lines().filter(l -> l.startsWith("| ")).skip(1).toList();
  }

  /** Pipes that end a cell: those not escaped with a backslash. */
  private static long cellPipes(String line) {
    return line.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count();
  }

  @Test
  void verdictCountsAndWorstRowsFirst() throws Exception {
    String md =
        StepSummary.markdown(
            ReportFixtures.hostile(), false, Path.of("target/predcheck/default/report.html"));
    assertThat(md)
        .startsWith("### ❌ predcheck default: FAILED\n")
        .contains(
            "7 samples, 11 values compared: 4 passed, 4 diverged, 3 errors, 1 new sample (4.3 s)")
        .contains("> 1 value moved within tolerance, largest relative change 5.00e-10.")
        .contains("Full report: target/predcheck/default/report.html");
    List<String> rows = tableRows(md);
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0)).startsWith("| s6 | thickness | 1e308 | inf | inf | inf |");
    assertThat(rows.get(1))
        .startsWith("| s2 | thickness | 1.0 | 1.5 | 0.500 | 0.500 | 1.00e-5 | DIVERGED |");
    assertThat(rows.subList(2, 7)).allSatisfy(r -> assertThat(r).contains("| - | - |"));
  }

  @Test
  void hostileCellsStayInTheirCell() throws Exception {
    String md = StepSummary.markdown(ReportFixtures.hostile(), true, null);
    assertThat(md)
        .doesNotContain("<script>")
        .doesNotContain("\u0000")
        .doesNotContain("Full report");
    for (String row : tableRows(md)) {
      assertThat(cellPipes(row)).as(row).isEqualTo(9);
      assertThat(row.replace("\\`", "")).doesNotContain("`");
    }
    assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "図面-4", "\\\\u0000");
  }

  @Test
  void cellEscapesMarkdownAndCutsLongText() {
    assertThat(StepSummary.cell("a|b`c*d_e\nf\r\ng<h>&[i]"))
        .isEqualTo("a\\|b\\`c\\*d\\_e f g&lt;h&gt;&amp;\\[i\\]");
    String emojis = "😀".repeat(200);
    String cut = StepSummary.cell(emojis);
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(StepSummary.MAX_CELL);
    assertThat(cut).endsWith("😀…");
  }

  @Test
  void listsAtMostTenRowsAndSaysHowManyMore() throws Exception {
    CheckResult result = ReportFixtures.realistic(100);
    long bad = result.count(Status.DIVERGED) + result.count(Status.ERROR);
    assertThat(bad).isGreaterThan(StepSummary.MAX_ROWS);
    String md = StepSummary.markdown(result, false, null);
    assertThat(tableRows(md)).hasSize(StepSummary.MAX_ROWS);
    assertThat(md)
        .contains("… and " + (bad - StepSummary.MAX_ROWS) + " more diverged or error rows.");
  }

  @Test
  void passingRunHasNoTable() throws Exception {
    CheckResult hostile = ReportFixtures.hostile();
    CheckResult result =
        ReportFixtures.result(
            "x",
            hostile.all().stream()
                .filter(v -> !hostile.newSamples().contains(v.sampleId()))
                .map(v -> ReportFixtures.numeric(v.sampleId(), v.output(), 1, 1, 1e-8))
                .toList(),
            List.of(),
            0);
    String md = StepSummary.markdown(result, true, null);
    assertThat(md).startsWith("### ✅ predcheck x: PASSED").doesNotContain("|");
  }

  @Test
  void appendsNeverOverwrites() throws Exception {
    Path summary = dir.resolve("step_summary.md");
    Files.writeString(summary, "# earlier step\n");
    StepSummary.append(summary, "first");
    StepSummary.append(summary, "second\n");
    assertThat(Files.readString(summary)).isEqualTo("# earlier step\nfirst\nsecond\n");
    Path fresh = dir.resolve("new.md");
    StepSummary.append(fresh, "only\n");
    assertThat(Files.readString(fresh)).isEqualTo("only\n");
  }
}
