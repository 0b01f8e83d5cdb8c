package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium: the DOM it builds must hold the table, the plots and a
 * working script.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /**
   * Test-only: sorts by "rel error" both ways and filters, then records what it saw on the body.
   */
  private static final String INTERACT =
      """
      <script>
      (function () {
        try {
          const t = document.getElementById('values');
          const heads = Array.from(t.tHead.rows[0].cells);
          const col = heads.findIndex(h => h.textContent === 'rel error');
          const keys = () => Array.from(t.tBodies[0].rows).map(r => r.cells[col].getAttribute('data-v'));
          const sorted = (dir) => {
            const k = keys();
            const nums = k.filter(v => v !== null).map(Number);
            const numbersFirst = k.indexOf(null) < 0 || k.slice(k.indexOf(null)).every(v => v === null);
            return numbersFirst && nums.every((v, i) => i === 0 || dir * (v - nums[i - 1]) >= 0);
          };
          heads[col].click();
          const asc = sorted(1);
          heads[col].click();
          const desc = sorted(-1);
          const visible = () => Array.from(t.tBodies[0].rows).filter(r => !r.hidden).length;
          const filter = document.getElementById('filter');
          filter.value = 'WA-20220616-013';
          filter.dispatchEvent(new Event('input'));
          const byText = visible();
          filter.value = '';
          filter.dispatchEvent(new Event('input'));
          const status = document.getElementById('status');
          status.value = 'DIVERGED';
          status.dispatchEvent(new Event('change'));
          const byStatus = visible();
          document.body.setAttribute('data-check', [asc, desc, byText, byStatus].join(','));
        } catch (e) {
          document.body.setAttribute('data-check', 'error: ' + e);
        }
      })();
      </script>
      """;

  @TempDir Path dir;

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM), "chromium not installed: skipping the browser check");
  }

  @Test
  void browserBuildsTheTableAndPlotsAndRunsTheScript() throws Exception {
    CheckResult result = ReportFixtures.realistic(40);
    String dom = dumpDom(HtmlReport.text(result, false));
    assertThat(dom).contains("data-ready=\"1\"");
    assertThat(count(dom, "<tr class=\"st-")).isEqualTo(result.all().size());
    assertThat(count(dom, "<svg")).isEqualTo(4);
    assertThat(count(dom, "<circle")).isEqualTo(77);
    assertThat(dom).contains("82 of 82 rows shown");
  }

  @Test
  void sortingAndFilteringWorkInTheBrowser() throws Exception {
    String html = HtmlReport.text(ReportFixtures.realistic(40), false);
    String dom = dumpDom(html.replace("</body>", INTERACT + "</body>"));
    // Sorted ascending and descending (rows without a number last), 2 rows of sample 013, 3
    // diverged.
    assertThat(dom).contains("data-check=\"true,true,2,3\"");
  }

  @Test
  void hostileReportStaysInert() throws Exception {
    String dom = dumpDom(HtmlReport.text(ReportFixtures.hostile(), false));
    assertThat(dom).contains("data-ready=\"1\"").doesNotContain("<script>alert");
    assertThat(count(dom, "<script")).isEqualTo(1);
  }

  private String dumpDom(String html) throws IOException, InterruptedException {
    Path page = dir.resolve("report-" + System.nanoTime() + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path profile = Files.createDirectories(dir.resolve("profile-" + System.nanoTime()));
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--dump-dom",
                page.toUri().toString()));
    // Output to a file, so a hung browser hits the timeout instead of blocking a read.
    Path dom = dir.resolve("dom-" + System.nanoTime() + ".html");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dom.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        throw new AssertionError("chromium did not finish within 90 s");
      }
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).as("chromium exit code").isZero();
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
