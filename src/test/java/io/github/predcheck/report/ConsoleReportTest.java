package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the console says: the summary, the worst rows cut short, errors by cause, new samples. */
class ConsoleReportTest {
  /** Keeps each line with its level. */
  static final class Lines implements Log {
    final List<String> lines = new ArrayList<>();

    @Override
    public void debug(String message) {
      lines.add("DEBUG " + message);
    }

    @Override
    public void info(String message) {
      lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
      lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
      lines.add("ERROR " + message);
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    String all() {
      return String.join("\n", lines);
    }
  }

  @Test
  void aFailedCheckIsReportedAsErrorsWithTheRowsCut() throws Exception {
    Lines log = new Lines();
    ConsoleReport.print(ReportFixtures.realistic(200), 3, Path.of("obtained.csv"), false, log);
    assertThat(log.lines.get(0))
        .startsWith("ERROR predcheck [drawings-v2]: 201 samples, 400 values compared:");
    assertThat(log.all())
        .contains("ERROR Diverged (")
        .contains("more diverged rows (raise " + Setting.MAX_ROWS + " to see more)");
    assertThat(log.lines.stream().filter(l -> l.startsWith("ERROR   ") && l.contains("width")))
        .hasSize(3);
    assertThat(log.all())
        .contains("HTTP 503 Service Unavailable")
        .contains("WARN 1 sample has no golden rows" + " yet (NEW): WA-NEW-001")
        .contains(
            "INFO What the API returned: obtained.csv (15 samples the API failed on keep their"
                + " golden values there: WA-20220616-013/RT-2, WA-20220616-026/RT-3");
  }

  @Test
  void afterRecordTheDifferencesAreInformation() throws Exception {
    Lines log = new Lines();
    ConsoleReport.print(ReportFixtures.realistic(50), 20, Path.of("obtained.csv"), true, log);
    assertThat(log.lines).noneMatch(l -> l.startsWith("ERROR"));
    assertThat(log.all()).contains("INFO Diverged (").doesNotContain("no golden rows yet");
  }

  @Test
  void aCleanRunSaysSoAndShowsTheDrift() throws Exception {
    Lines log = new Lines();
    List<ValueResult> rows =
        List.of(
            ReportFixtures.numeric("a", "t", 1.0, 1.0000001, 1e-5),
            ReportFixtures.numeric("b", "t", 2.0, 2.0, 1e-5));
    ConsoleReport.print(
        ReportFixtures.result("m", rows, List.of(), 1200), 20, Path.of("o.csv"), false, log);
    assertThat(log.lines.get(0))
        .isEqualTo(
            "INFO predcheck [m]: 2 samples, 2 values compared: 2 passed, 0 diverged, 0 errors (1.2 s)");
    assertThat(log.all()).contains("1 value moved within tolerance").doesNotContain("ERROR");
  }

  @Test
  void whatTheApiSaysStaysOneLineOfVisibleText() throws Exception {
    Lines log = new Lines();
    String fake = "boom\n[INFO] BUILD SUCCESS\u001b[2J\u001b]0;pwned\u0007";
    List<ValueResult> rows =
        List.of(
            ValueResult.error("s\n1", "t", "1.0", "HTTP 500 " + fake),
            new ValueResult(
                "s\u001b[31m2",
                "label",
                "cat",
                "dog\r\n[ERROR] x",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                io.github.predcheck.compare.Status.DIVERGED,
                null));
    ConsoleReport.print(
        ReportFixtures.result("m", rows, List.of(), 10), 20, Path.of("o.csv"), false, log);
    assertThat(log.lines)
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line).doesNotContain("\n", "\r", "\u001b", "\u0007");
            });
    assertThat(log.all()).contains("boom\\n[INFO] BUILD SUCCESS\\u001b[2J").contains("s\\n1");
  }
}
