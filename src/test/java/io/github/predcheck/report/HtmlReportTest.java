package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.run.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);
  private static final Pattern COORD =
      Pattern.compile("\\s(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)=\"([^\"]*)\"");

  @Test
  void escapesTheFiveCharactersAndControlCharacters() {
    assertThat(Html.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    assertThat(Html.escape("a\u0000b\u001bc 図面 😀")).isEqualTo("a\\u0000b\\u001bc 図面 😀");
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void hostileTextFromTheApiIsEscaped() throws Exception {
    String html = HtmlReport.text(ReportFixtures.hostile(), false);
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("]]>")
        .doesNotContain("\u0000")
        .doesNotContain("\u001b");
    assertThat(html)
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;dq&quot; &#39;sq&#39;", "図面-4", "😀");
    // The page's own script is the only one.
    assertThat(html.split("<script", -1)).hasSize(2);
    assertThat(html).contains("<span class=\"badge failed\">FAILED</span>");
  }

  @Test
  void showsTheEndpointCheckedAndTheToleranceInForce() throws Exception {
    CheckResult r = ReportFixtures.realistic(40);
    String html =
        HtmlReport.text(
            new CheckResult(
                r.executionId(),
                r.golden(),
                r.sampleResults(),
                r.millis(),
                "http://user:token@127.0.0.1:18080/predictions/drawing"),
            false);
    assertThat(html)
        .contains("endpoint <span class=\"mono\">http://***@127.0.0.1:18080/predictions/drawing")
        .doesNotContain("token")
        .contains("<th>tolerance</th>", "<td>absolute 1.00e-8 + relative 1.00e-5</td>")
        .contains("allowed |actual − expected| / why");
  }

  @Test
  void aUniformOnePercentDriftIsOneHistogramBin() {
    assertThat(ErrorHistogram.decade(0.01 * (1 - 1e-15))).isEqualTo(-2);
    assertThat(ErrorHistogram.decade(0.01 * (1 + 1e-15))).isEqualTo(-2);
    assertThat(ErrorHistogram.decade(0.0099)).isEqualTo(-3);
    assertThat(ErrorHistogram.decade(1e-300)).isEqualTo(-300);
  }

  @Test
  void loadsNothingFromTheNetwork() throws Exception {
    String html = HtmlReport.text(ReportFixtures.realistic(40), false);
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
    assertThat(Pattern.compile("(?i)(src|href)\\s*=").matcher(html).find()).isFalse();
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
  }

  @Test
  void showsVerdictDriftStatsPlotsAndEveryValue() throws Exception {
    CheckResult result = ReportFixtures.realistic(40);
    String html = HtmlReport.text(result, false);
    assertThat(html)
        .contains(
            "<svg",
            "badge failed",
            "moved within tolerance, largest relative change",
            "Per output",
            "Errors by cause",
            "HTTP 503 Service Unavailable: &lt;html&gt;",
            "class=\"sortable",
            "id=\"filter\"");
    assertThat(count(html, "<tr class=\"st-")).isEqualTo(result.all().size());
    assertThat(count(html, "<svg")).isEqualTo(4);
    // The diverged values come first, worst first, before the statistics.
    assertThat(html.indexOf("<h2>Diverged</h2>"))
        .isPositive()
        .isLessThan(html.indexOf("Per output"));
    assertThat(count(html, "<tr class=\"diff\">"))
        .isEqualTo(result.count(io.github.predcheck.compare.Status.DIVERGED));
  }

  @Test
  void svgCoordinatesAreAlwaysFiniteNumbers() throws Exception {
    for (CheckResult result :
        List.of(ReportFixtures.hostile(), ReportFixtures.realistic(40), extremes(), single())) {
      String html = HtmlReport.text(result, true);
      Matcher svg = SVG.matcher(html);
      int plots = 0;
      while (svg.find()) {
        plots++;
        String body = svg.group();
        assertThat(body).doesNotContain("NaN").doesNotContain("Infinity");
        Matcher c = COORD.matcher(body);
        while (c.find()) {
          assertThat(Double.parseDouble(c.group(1))).as(c.group()).isFinite();
        }
      }
      assertThat(plots).isPositive();
    }
  }

  @Test
  void passingResultSaysPassed() throws Exception {
    CheckResult result = result(List.of(ReportFixtures.numeric("a", "p", 1, 1, 1e-8)));
    String html = HtmlReport.text(result, true);
    assertThat(html)
        .contains("<span class=\"badge passed\">PASSED</span>", "<title>PASSED")
        .doesNotContain("moved within tolerance");
  }

  @Test
  void capsThePassesButKeepsEveryProblem() throws Exception {
    List<ValueResult> rows = new ArrayList<>();
    for (int i = 0; i < HtmlValueTable.MAX_PASSING + 50; i++) {
      rows.add(ReportFixtures.numeric("s" + i, "p", i, i, 1e-8));
    }
    // More problems than the passes may fill: problems are never capped.
    for (int i = 0; i < 2_000; i++) {
      rows.add(ReportFixtures.numeric("bad" + i, "p", 1, 2, 1e-8));
    }
    String html = HtmlReport.text(result(rows), false);
    assertThat(count(html, "<tr class=\"st-PASS")).isEqualTo(HtmlValueTable.MAX_PASSING);
    assertThat(count(html, "<tr class=\"st-DIVERGED")).isEqualTo(2_000);
    assertThat(html)
        .contains(
            "The table shows 3000 of 3050 values: every DIVERGED, ERROR and NEW one, and the"
                + " first 1000 that passed",
            ">bad0</td>",
            ">bad1999</td>");
  }

  /** Huge, negative, NaN and infinite values in one output. */
  private static CheckResult extremes() throws Exception {
    List<ValueResult> rows =
        List.of(
            ReportFixtures.numeric("a", "p", 1e308, -1e308, 1e300),
            ReportFixtures.numeric("b", "p", -Double.MAX_VALUE, Double.MAX_VALUE, 1),
            ReportFixtures.numeric("c", "p", Double.MIN_VALUE, Double.MIN_VALUE * 2, 0),
            ReportFixtures.numeric("d", "p", -3, -3, 1e-8),
            new ValueResult(
                "e", "p", "1.0", "nan", Double.NaN, Double.NaN, 1e-8, Status.DIVERGED, null),
            new ValueResult(
                "f",
                "p",
                "0.0",
                "inf",
                Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                1e-8,
                Status.DIVERGED,
                null));
    return result(rows);
  }

  /** One value: the axes must still have a width. */
  private static CheckResult single() throws Exception {
    return result(List.of(ReportFixtures.numeric("only", "p", 0, 0, 1e-8)));
  }

  private static CheckResult result(List<ValueResult> rows) throws Exception {
    return ReportFixtures.result("t", rows, List.of(), 10);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
