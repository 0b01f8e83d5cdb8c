package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Words;
import io.github.predcheck.http.Urls;
import io.github.predcheck.run.CheckResult;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report.html}: one self-contained page (no network: inline style, script and SVG) with the
 * verdict, the counts, per-output statistics, errors by cause, plots and every value compared.
 * Written through {@link HtmlWriter}, so every text from the API or the golden file is escaped.
 */
public final class HtmlReport {
  public static final String FILE_NAME = "report.html";
  private static final int MAX_SAMPLE_IDS = 20;
  private static final int MAX_DIFFERENCES = 50;
  private static final int MAX_PLOTS = 12;
  private static final String[] STATS_COLUMNS = {
    "values",
    "passed",
    "diverged",
    "errors",
    "moved",
    "max abs",
    "mean abs",
    "p99 abs",
    "max rel",
    "mean rel",
    "p99 rel"
  };

  private HtmlReport() {}

  public static String text(CheckResult result, boolean failOnNew) {
    StringWriter s = new StringWriter();
    write(result, failOnNew, s);
    return s.toString();
  }

  /** Streams the page: its size grows with the values shown, never held whole in memory. */
  public static void write(CheckResult result, boolean failOnNew, Writer out) {
    String verdict = result.failed(failOnNew) ? "FAILED" : "PASSED";
    List<ValueResult> all = result.all();
    HtmlWriter w = new HtmlWriter(out);
    w.doctype().open("html").attr("lang", "en").open("head");
    w.open("meta").attr("charset", "utf-8").close();
    w.open("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .trustedAttr("content", TrustedAsset.CSP)
        .close();
    w.open("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1")
        .close();
    w.element("title", verdict + " · predcheck " + result.executionId());
    w.open("style").trustedRaw(TrustedAsset.STYLE).close();
    w.close("head").text("\n").open("body").open("main");
    header(w, result, verdict, failOnNew);
    cards(w, result);
    Optional<String> drift = Drift.line(all);
    if (drift.isPresent()) {
      w.element("p", "note", drift.get() + ": the numerics changed even where the check passes.")
          .text("\n");
    }
    DiffReport.html(w, result.diff());
    differences(w, all, Sides.of(result));
    stats(w, OutputStats.of(all), result, Sides.of(result));
    errors(w, result);
    newSamples(w, result, failOnNew);
    plots(w, all, Sides.of(result));
    w.open("section").element("h2", "Every value compared");
    HtmlValueTable.write(w, all, Sides.of(result), result.diff());
    w.close("section").text("\n");
    w.element("footer", "predcheck report · self-contained, works offline");
    w.close("main").text("\n");
    w.open("script").trustedRaw(TrustedAsset.SCRIPT).close();
    w.close("body").close("html").text("\n").finish();
  }

  private static void header(HtmlWriter w, CheckResult result, String verdict, boolean failOnNew) {
    w.open("header")
        .element("h1", "predcheck · " + result.executionId())
        .element("span", "badge " + verdict.toLowerCase(Locale.ROOT), verdict)
        .close();
    w.open("p")
        .attr("class", "meta")
        .text(result.diff() == null ? "Golden file " : "Baseline ")
        .element(
            "span",
            "mono",
            result.diff() == null ? result.goldenPath().toString() : result.diff().baseline())
        .text(" · endpoint ")
        .element("span", "mono", Urls.redact(result.endpoint()))
        .text(String.format(Locale.ROOT, " · %.1f s", result.millis() / 1000.0))
        .text(" · " + result.concurrency() + " at a time")
        .text(" · new samples " + (failOnNew ? "fail the check" : "do not fail the check"))
        .close()
        .text("\n");
  }

  private static void cards(HtmlWriter w, CheckResult result) {
    long compared = result.compared();
    w.open("div").attr("class", "cards");
    card(w, null, "samples", result.samples(), false);
    card(w, null, "values compared", compared, false);
    card(w, "pass", "passed", result.count(Status.PASS), false);
    card(w, "diverged", "diverged", result.count(Status.DIVERGED), true);
    card(w, "error", "errors", result.count(Status.ERROR), true);
    if (result.diff() != null) {
      card(w, "pass", "within noise", result.count(Status.NOISE), false);
    }
    card(w, "new", "new samples", result.newSamples().size(), false);
    card(w, "error", "retries", result.retries(), true);
    w.close("div").text("\n");
  }

  private static void card(HtmlWriter w, String css, String label, long n, boolean hotWhenNonZero) {
    w.open("div")
        .attr("class", css == null ? "card" : "card " + css)
        .open("div")
        .attr("class", hotWhenNonZero && n > 0 ? "n hot" : "n")
        .text(n)
        .close()
        .element("div", "l", label)
        .close();
  }

  /** What diverged, worst first, where a reviewer looks first; the table below has every value. */
  private static void differences(HtmlWriter w, List<ValueResult> all, Sides sides) {
    List<ValueResult> diverged =
        all.stream()
            .filter(v -> v.status() == Status.DIVERGED)
            .sorted(
                Comparator.comparingDouble(
                        (ValueResult v) -> Double.isNaN(v.relError()) ? -1 : v.relError())
                    .reversed())
            .toList();
    if (diverged.isEmpty()) {
      return;
    }
    w.open("section")
        .element("h2", "Diverged")
        .open("table")
        .open("thead")
        .open("tr")
        .element("th", "sample")
        .element("th", "output")
        .element("th", "num", sides.expected())
        .element("th", "num", sides.actual())
        .element("th", "num", "abs error")
        .element("th", "num", "rel error")
        .element("th", "allowed |" + sides.actual() + " − " + sides.expected() + "| / why")
        .close()
        .close()
        .open("tbody");
    for (ValueResult v : diverged.subList(0, Math.min(MAX_DIFFERENCES, diverged.size()))) {
      String why =
          v.numeric() ? Numbers.format(v.allowed()) : v.message() == null ? "exact" : v.message();
      w.open("tr")
          .attr("class", "diff")
          .element("td", "mono", v.sampleId())
          .element("td", "mono", v.output())
          .element("td", "num mono", v.expected())
          .element("td", "num mono", v.actual())
          .element("td", "num", Numbers.format(v.absError()))
          .element("td", "num", Numbers.format(v.relError()))
          .element("td", why)
          .close();
    }
    w.close("tbody").close("table");
    if (diverged.size() > MAX_DIFFERENCES) {
      w.element(
          "p",
          "muted",
          (diverged.size() - MAX_DIFFERENCES)
              + " more diverged values are in the table of every value below.");
    }
    w.close("section").text("\n");
  }

  private static void stats(
      HtmlWriter w, List<OutputStats> stats, CheckResult result, Sides sides) {
    if (stats.isEmpty()) {
      return;
    }
    w.open("section")
        .element("h2", "Per output")
        .open("table")
        .open("thead")
        .open("tr")
        .element("th", "output")
        .element("th", "tolerance");
    for (String column : STATS_COLUMNS) {
      w.element("th", "num", column);
    }
    w.close("tr").close("thead").open("tbody");
    for (OutputStats o : stats) {
      Tolerance t = result.golden().form().tolerance(o.output());
      w.open("tr")
          .element("td", o.output())
          .element(
              "td",
              t == null
                  ? "exact"
                  : "absolute "
                      + Numbers.format(t.absolute())
                      + " + relative "
                      + Numbers.format(t.relative()));
      for (long n : new long[] {o.values(), o.passed(), o.diverged(), o.errors(), o.moved()}) {
        w.open("td").attr("class", "num").text(n).close();
      }
      for (double d :
          new double[] {o.maxAbs(), o.meanAbs(), o.p99Abs(), o.maxRel(), o.meanRel(), o.p99Rel()}) {
        w.element("td", "num", Numbers.format(d));
      }
      w.close("tr");
    }
    w.close("tbody")
        .close("table")
        .element(
            "p",
            "muted",
            "Errors over the numeric comparisons; a value passes when |"
                + sides.actual()
                + " − "
                + sides.expected()
                + "| ≤ absolute + relative × |"
                + sides.expected()
                + "| (the allowed column shows that bound); \"moved\" counts values that passed"
                + " but are not identical to the "
                + (sides == Sides.DIFF ? "baseline's." : "golden ones."));
    w.close("section").text("\n");
  }

  private static void errors(HtmlWriter w, CheckResult result) {
    Map<String, List<String>> byCause = result.errorsByCause();
    if (byCause.isEmpty()) {
      return;
    }
    w.open("section").element("h2", "Errors by cause").open("ul").attr("class", "errors");
    byCause.forEach(
        (cause, ids) ->
            w.open("li")
                .element("span", "cause mono", cause == null ? "(no message)" : cause)
                .open("br")
                .close()
                .element(
                    "span",
                    "muted",
                    ids.size()
                        + (ids.size() == 1 ? " sample: " : " samples: ")
                        + Words.cut(ids, MAX_SAMPLE_IDS))
                .close("li"));
    w.close("ul");
    List<String> kept = ConsoleReport.keptGolden(result);
    if (!kept.isEmpty()) {
      w.element(
          "p",
          "muted",
          Words.count(kept.size(), "sample")
              + " the API failed on keep their"
              + " golden values in "
              + result.golden().obtainedFileName()
              + ": "
              + Words.cut(kept, MAX_SAMPLE_IDS));
    }
    w.close("section").text("\n");
  }

  private static void newSamples(HtmlWriter w, CheckResult result, boolean failOnNew) {
    int n = result.newSamples().size();
    if (n == 0) {
      return;
    }
    w.open("section")
        .element("h2", "New samples")
        .element(
            "p",
            n
                + (n == 1 ? " sample has no golden rows yet" : " samples have no golden rows yet")
                + (failOnNew ? " and fail the check" : "")
                + ": "
                + Words.cut(List.copyOf(result.newSamples()), MAX_SAMPLE_IDS));
    w.close("section").text("\n");
  }

  private static double maxRel(List<ValueResult> values) {
    return values.stream()
        .mapToDouble(ValueResult::relError)
        .filter(d -> !Double.isNaN(d))
        .max()
        .orElse(0);
  }

  /** A scatter and a histogram for each output that has numeric comparisons. */
  private static void plots(HtmlWriter w, List<ValueResult> all, Sides sides) {
    Map<String, List<ValueResult>> numeric = new LinkedHashMap<>();
    all.stream()
        .filter(ValueResult::numeric)
        .forEach(
            v ->
                numeric
                    .computeIfAbsent(OutputStats.family(v.output()), k -> new ArrayList<>())
                    .add(v));
    if (numeric.isEmpty()) {
      return;
    }
    w.open("section")
        .element("h2", sides == Sides.DIFF ? "Baseline vs candidate" : "Expected vs actual")
        .element(
            "p",
            "muted",
            sides == Sides.DIFF
                ? "Left: each candidate value against the baseline's; on the dashed line they are"
                    + " equal, diverged values in red. Right: how far the values moved, relative to"
                    + " the baseline's."
                : "Left: each value against its golden one; on the dashed line they are equal,"
                    + " diverged values in red. Right: how far the values moved, relative to the"
                    + " golden ones.");
    w.open("div").attr("class", "plots");
    // A detector's JSON golden can have hundreds of paths: plot the ones that moved most.
    List<String> shown =
        numeric.keySet().stream()
            .sorted(Comparator.comparingDouble((String o) -> -maxRel(numeric.get(o))))
            .limit(MAX_PLOTS)
            .toList();
    for (String output : numeric.keySet()) {
      if (shown.contains(output)) {
        w.open("div").attr("class", "pair").element("h3", output).open("div");
        ScatterPlot.write(w, output, numeric.get(output), sides);
        w.close("div").open("div");
        ErrorHistogram.write(w, output, numeric.get(output));
        w.close("div").close("div");
      }
    }
    w.close("div");
    if (numeric.size() > MAX_PLOTS) {
      w.element(
          "p",
          "muted",
          (numeric.size() - MAX_PLOTS)
              + " more outputs are not plotted: these"
              + " are the "
              + MAX_PLOTS
              + " with the largest relative errors.");
    }
    w.close("section").text("\n");
  }
}
