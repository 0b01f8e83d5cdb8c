package io.github.predcheck.report;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.run.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The summary, the per-output error table, the divergent rows and the errors, grouped by cause. */
public final class ConsoleReport {
  private ConsoleReport() {}

  /**
   * @param recorded the goldens were just rewritten: differences from the old ones are information,
   *     not errors
   */
  public static void print(
      CheckResult result, int maxRows, Path obtained, boolean recorded, Log apiLog) {
    // Ids, values and causes come from the API and the golden file: each line stays one line.
    Log log = Log.oneLine(apiLog);
    Consumer<String> problem = recorded ? log::info : log::error;
    long compared = result.compared();
    String summary =
        String.format(
            "predcheck [%s]: %s, %s compared: %d passed, %s%d diverged, %s%s (%.1f s)",
            result.executionId(),
            Words.count(result.samples(), "sample"),
            Words.count(compared, "value"),
            result.count(Status.PASS),
            result.diff() == null ? "" : result.count(Status.NOISE) + " within noise, ",
            result.count(Status.DIVERGED),
            Words.count(result.count(Status.ERROR), "error"),
            result.newSamples().isEmpty()
                ? ""
                : ", " + Words.count(result.newSamples().size(), "new sample"),
            result.millis() / 1000.0);
    boolean clean = !result.failed(true);
    Consumer<String> verdict = clean ? log::info : problem;
    verdict.accept(summary);
    List<OutputStats> stats = OutputStats.of(result.all());
    if (!stats.isEmpty()) {
      TextTable table =
          new TextTable(
              "output",
              "values",
              "passed",
              "diverged",
              "errors",
              "max abs error",
              "max rel error",
              "moved");
      for (OutputStats s : stats) {
        table.add(
            s.output(),
            n(s.values()),
            n(s.passed()),
            n(s.diverged()),
            n(s.errors()),
            Numbers.format(s.maxAbs()),
            Numbers.format(s.maxRel()),
            n(s.moved()));
      }
      table.lines("  ").forEach(log::info);
    }
    if (result.diff() != null) {
      DiffReport.console(result.diff(), log);
    }
    Drift.line(result.all())
        .ifPresent(line -> log.info(line + ": the numerics changed even where the check passes."));
    divergedRows(result, maxRows, problem);
    errors(result.errorsByCause(), maxRows, problem);
    // After record the new samples are in the goldens (or reported as not recorded).
    if (!recorded && !result.newSamples().isEmpty()) {
      int n = result.newSamples().size();
      log.warn(
          n
              + (n == 1 ? " sample has" : " samples have")
              + " no golden rows yet (NEW): "
              + Words.cut(List.copyOf(result.newSamples()), maxRows));
    }
    retried(result, log);
    List<String> kept = keptGolden(result);
    log.info(
        (result.diff() == null ? "What the API returned: " : "What the candidate returned: ")
            + obtained
            + (kept.isEmpty()
                ? ""
                : " ("
                    + Words.count(kept.size(), "sample")
                    + " the API failed on keep their golden values"
                    + " there: "
                    + Words.cut(kept, 5)
                    + ")"));
  }

  private static void divergedRows(CheckResult result, int maxRows, Consumer<String> log) {
    List<ValueResult> diverged =
        result.all().stream().filter(v -> v.status() == Status.DIVERGED).toList();
    if (diverged.isEmpty()) {
      return;
    }
    log.accept("Diverged (" + diverged.size() + "):");
    Sides sides = Sides.of(result);
    TextTable table =
        new TextTable(
            "sample",
            "output",
            sides.expected(),
            sides.actual(),
            "abs error",
            "rel error",
            "allowed");
    diverged.stream()
        .limit(maxRows)
        .forEach(
            v ->
                table.add(
                    v.sampleId(),
                    v.output(),
                    str(v.expected()),
                    str(v.actual()),
                    Numbers.format(v.absError()),
                    Numbers.format(v.relError()),
                    v.numeric()
                        ? Numbers.format(v.allowed())
                        : (v.message() == null ? "exact" : v.message())));
    table.lines("  ").forEach(log);
    if (diverged.size() > maxRows) {
      log.accept(
          "  … and "
              + (diverged.size() - maxRows)
              + " more diverged rows (raise "
              + Setting.MAX_ROWS
              + " to see more).");
    }
  }

  private static void errors(Map<String, List<String>> byCause, int maxRows, Consumer<String> log) {
    if (byCause.isEmpty()) {
      return;
    }
    long samples = byCause.values().stream().flatMap(List::stream).distinct().count();
    log.accept(
        "Errors ("
            + Words.count(samples, "sample")
            + ", "
            + Words.count(byCause.size(), "cause")
            + "):");
    byCause.forEach(
        (cause, ids) ->
            log.accept(
                "  "
                    + cause
                    + " — "
                    + Words.count(ids.size(), "sample")
                    + ": "
                    + Words.cut(ids, Math.min(maxRows, 5))));
  }

  private static String str(String s) {
    return s == null ? "-" : s;
  }

  private static String n(int i) {
    return Integer.toString(i);
  }

  /** A flaky API is visible even when the check passes: which samples needed asking again. */
  private static void retried(CheckResult result, Log log) {
    Map<String, Integer> retried = result.retried();
    if (retried.isEmpty()) {
      return;
    }
    List<String> named =
        retried.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    int retries = result.retries();
    log.warn(
        "The API was asked again "
            + retries
            + (retries == 1 ? " time" : " times")
            + " (refused"
            + " or failed, then retried) for "
            + Words.count(retried.size(), "sample")
            + ": "
            + Words.cut(named, 5));
  }

  /** The samples with goldens that the API failed on: obtained values keep their golden ones. */
  static List<String> keptGolden(CheckResult result) {
    return result.obtainedResults().stream()
        .filter(r -> r.known() && r.failed())
        .map(SampleResult::id)
        .toList();
  }
}
