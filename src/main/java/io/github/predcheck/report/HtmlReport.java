package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.run.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report.html}: one self-contained page (no network: inline style, script and SVG) with the
 * verdict, the counts, per-output statistics, errors by cause, plots and every value compared.
 */
public final class HtmlReport {
  public static final String FILE_NAME = "report.html";
  private static final int MAX_SAMPLE_IDS = 20;

  private HtmlReport() {}

  public static String text(CheckResult result, boolean failOnNew) {
    boolean failed = result.failed(failOnNew);
    String verdict = failed ? "FAILED" : "PASSED";
    List<ValueResult> all = result.all();
    StringBuilder s = new StringBuilder(4096 + all.size() * 400);
    s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.CSP).append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(verdict).append(" · predcheck ").append(Html.escape(result.executionId()))
        .append("</title><style>").append(HtmlAssets.STYLE).append("</style></head>\n<body><main>");
    s.append("<header><h1>predcheck · ").append(Html.escape(result.executionId())).append("</h1><span class=\"badge ")
        .append(verdict.toLowerCase(Locale.ROOT)).append("\">").append(verdict).append("</span></header>");
    s.append("<p class=\"meta\">Golden file <span class=\"mono\">").append(Html.escape(result.goldenPath().toString()))
        .append("</span> · ").append(String.format(Locale.ROOT, "%.1f s", result.millis() / 1000.0))
        .append(" · new samples ").append(failOnNew ? "fail the check" : "do not fail the check").append("</p>\n");
    cards(s, result);
    Optional<String> drift = Drift.line(all);
    if (drift.isPresent()) {
      s.append("<p class=\"note\">").append(Html.escape(drift.get()))
          .append(": the numerics changed even where the check passes.</p>\n");
    }
    differences(s, all);
    stats(s, OutputStats.of(all));
    errors(s, result.errorsByCause());
    newSamples(s, result, failOnNew);
    plots(s, all);
    s.append("<section><h2>Every value compared</h2>").append(HtmlValueTable.html(all)).append("</section>\n");
    s.append("<footer>predcheck report · self-contained, works offline</footer></main>\n<script>")
        .append(HtmlAssets.SCRIPT).append("</script></body></html>\n");
    return s.toString();
  }

  private static final int MAX_DIFFERENCES = 50;

  /** What diverged, worst first, where a reviewer looks first; every value is in the table below. */
  private static void differences(StringBuilder s, List<ValueResult> all) {
    List<ValueResult> diverged = all.stream().filter(v -> v.status() == Status.DIVERGED)
        .sorted(java.util.Comparator.comparingDouble((ValueResult v) -> Double.isNaN(v.relError()) ? -1 : v.relError())
            .reversed())
        .toList();
    if (diverged.isEmpty()) {
      return;
    }
    s.append("<section><h2>Diverged</h2><table><thead><tr><th>sample</th><th>output</th><th class=\"num\">expected</th>")
        .append("<th class=\"num\">actual</th><th class=\"num\">abs error</th><th class=\"num\">rel error</th>")
        .append("<th>allowed / why</th></tr></thead><tbody>");
    for (ValueResult v : diverged.subList(0, Math.min(MAX_DIFFERENCES, diverged.size()))) {
      s.append("<tr class=\"diff\"><td class=\"mono\">").append(Html.escape(v.sampleId())).append("</td><td class=\"mono\">")
          .append(Html.escape(v.output())).append("</td><td class=\"num mono\">").append(Html.escape(v.expected()))
          .append("</td><td class=\"num mono\">").append(Html.escape(v.actual())).append("</td><td class=\"num\">")
          .append(Numbers.error(v.absError())).append("</td><td class=\"num\">").append(Numbers.error(v.relError()))
          .append("</td><td>").append(Html.escape(v.numeric() ? Numbers.error(v.allowed()) : v.message() == null ? "exact" : v.message()))
          .append("</td></tr>");
    }
    s.append("</tbody></table>");
    if (diverged.size() > MAX_DIFFERENCES) {
      s.append("<p class=\"muted\">").append(diverged.size() - MAX_DIFFERENCES)
          .append(" more diverged values are in the table of every value below.</p>");
    }
    s.append("</section>\n");
  }

  private static void cards(StringBuilder s, CheckResult result) {
    long compared = result.all().stream().filter(v -> v.status() != Status.NEW).count();
    s.append("<div class=\"cards\">");
    card(s, "", "samples", result.samples(), false);
    card(s, "", "values compared", compared, false);
    card(s, "pass", "passed", result.count(Status.PASS), false);
    card(s, "diverged", "diverged", result.count(Status.DIVERGED), true);
    card(s, "error", "errors", result.count(Status.ERROR), true);
    card(s, "new", "new samples", result.newSamples().size(), false);
    s.append("</div>\n");
  }

  private static void card(StringBuilder s, String css, String label, long n, boolean hotWhenNonZero) {
    s.append("<div class=\"card ").append(css).append("\"><div class=\"n").append(hotWhenNonZero && n > 0 ? " hot" : "")
        .append("\">").append(n).append("</div><div class=\"l\">").append(label).append("</div></div>");
  }

  private static void stats(StringBuilder s, List<OutputStats> stats) {
    if (stats.isEmpty()) {
      return;
    }
    s.append("<section><h2>Per output</h2><table><thead><tr><th>output</th><th class=\"num\">values</th>")
        .append("<th class=\"num\">passed</th><th class=\"num\">diverged</th><th class=\"num\">errors</th>")
        .append("<th class=\"num\">moved</th><th class=\"num\">max abs</th><th class=\"num\">mean abs</th>")
        .append("<th class=\"num\">p99 abs</th><th class=\"num\">max rel</th><th class=\"num\">mean rel</th>")
        .append("<th class=\"num\">p99 rel</th></tr></thead><tbody>");
    for (OutputStats o : stats) {
      s.append("<tr><td>").append(Html.escape(o.output())).append("</td>");
      for (long n : new long[] {o.values(), o.passed(), o.diverged(), o.errors(), o.moved()}) {
        s.append("<td class=\"num\">").append(n).append("</td>");
      }
      for (double d : new double[] {o.maxAbs(), o.meanAbs(), o.p99Abs(), o.maxRel(), o.meanRel(), o.p99Rel()}) {
        s.append("<td class=\"num\">").append(Numbers.error(d)).append("</td>");
      }
      s.append("</tr>");
    }
    s.append("</tbody></table><p class=\"muted\">Errors over the numeric comparisons; \"moved\" counts values that")
        .append(" passed but are not identical to the golden ones.</p></section>\n");
  }

  private static void errors(StringBuilder s, Map<String, List<String>> byCause) {
    if (byCause.isEmpty()) {
      return;
    }
    s.append("<section><h2>Errors by cause</h2><ul class=\"errors\">");
    byCause.forEach((cause, ids) -> {
      s.append("<li><span class=\"cause mono\">").append(Html.escape(cause == null ? "(no message)" : cause))
          .append("</span><br><span class=\"muted\">").append(ids.size()).append(ids.size() == 1 ? " sample: " : " samples: ")
          .append(Html.escape(ConsoleReport.cut(ids, MAX_SAMPLE_IDS))).append("</span></li>");
    });
    s.append("</ul></section>\n");
  }

  private static void newSamples(StringBuilder s, CheckResult result, boolean failOnNew) {
    if (result.newSamples().isEmpty()) {
      return;
    }
    int n = result.newSamples().size();
    s.append("<section><h2>New samples</h2><p>").append(n)
        .append(n == 1 ? " sample has no golden rows yet" : " samples have no golden rows yet").append(failOnNew ? " and fail the check" : "").append(": ")
        .append(Html.escape(ConsoleReport.cut(List.copyOf(result.newSamples()), MAX_SAMPLE_IDS))).append("</p></section>\n");
  }

  private static final int MAX_PLOTS = 12;

  private static double maxRel(List<ValueResult> values) {
    return values.stream().mapToDouble(ValueResult::relError).filter(d -> !Double.isNaN(d)).max().orElse(0);
  }

  /** A scatter and a histogram for each output that has numeric comparisons. */
  private static void plots(StringBuilder s, List<ValueResult> all) {
    Map<String, List<ValueResult>> numeric = new LinkedHashMap<>();
    all.stream().filter(ValueResult::numeric)
        .forEach(v -> numeric.computeIfAbsent(String.valueOf(v.output()), k -> new ArrayList<>()).add(v));
    if (numeric.isEmpty()) {
      return;
    }
    s.append("<section><h2>Expected vs actual</h2><p class=\"muted\">Left: each value against its golden one; on the")
        .append(" dashed line they are equal, diverged values in red. Right: how far the values moved, relative to the")
        .append(" golden ones.</p><div class=\"plots\">");
    // A detector's JSON golden can have hundreds of paths: plot the ones that moved most.
    List<String> shown = numeric.keySet().stream()
        .sorted(java.util.Comparator.comparingDouble((String o) -> -maxRel(numeric.get(o))))
        .limit(MAX_PLOTS).toList();
    numeric.keySet().stream().filter(shown::contains).forEach(output -> s.append("<div class=\"pair\"><h3>")
        .append(Html.escape(output)).append("</h3><div>").append(ScatterPlot.svg(output, numeric.get(output)))
        .append("</div><div>").append(ErrorHistogram.svg(output, numeric.get(output))).append("</div></div>"));
    s.append("</div>");
    if (numeric.size() > MAX_PLOTS) {
      s.append("<p class=\"muted\">").append(numeric.size() - MAX_PLOTS)
          .append(" more outputs are not plotted: these are the ").append(MAX_PLOTS)
          .append(" with the largest relative errors.</p>");
    }
    s.append("</section>\n");
  }
}
