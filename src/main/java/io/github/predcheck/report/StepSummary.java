package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.VisibleText;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The GitHub Actions job summary ($GITHUB_STEP_SUMMARY): the verdict, the counts, the drift and the
 * worst rows, in Markdown, pointing at the full HTML report.
 */
public final class StepSummary {
  static final int MAX_ROWS = 10;
  static final int MAX_CELL = 80;

  private StepSummary() {}

  public static String markdown(CheckResult result, boolean failOnNew, Path htmlReport) {
    boolean failed = result.failed(failOnNew);
    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(failed ? "❌" : "✅")
        .append(" predcheck ")
        .append(cell(result.executionId()))
        .append(": ")
        .append(failed ? "FAILED" : "PASSED")
        .append("\n\n");
    long compared = result.compared();
    md.append(
        String.format(
            Locale.ROOT,
            "%d samples, %d values compared: %d passed, %d diverged, %d errors",
            result.samples(),
            compared,
            result.count(Status.PASS),
            result.count(Status.DIVERGED),
            result.count(Status.ERROR)));
    int fresh = result.newSamples().size();
    if (fresh > 0) {
      md.append(", ")
          .append(fresh)
          .append(fresh == 1 ? " new sample" : " new samples")
          .append(failOnNew ? " (failing)" : "");
    }
    md.append(String.format(Locale.ROOT, " (%.1f s)\n\n", result.millis() / 1000.0));
    Optional<String> drift = Drift.line(result.all());
    drift.ifPresent(line -> md.append("> ").append(line).append(".\n\n"));
    if (result.diff() != null) {
      DiffReport.markdown(md, result.diff(), StepSummary::cell);
    }
    worstRows(md, result.all());
    if (htmlReport != null) {
      md.append("Full report: ").append(cell(htmlReport.toString())).append("\n\n");
    }
    return md.toString();
  }

  /** The job summary file that GitHub Actions names in GITHUB_STEP_SUMMARY; elsewhere none. */
  public static Optional<Path> file() {
    String file = System.getenv("GITHUB_STEP_SUMMARY");
    return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
  }

  /** Appends: every step of the job writes to the same file, so it must never be overwritten. */
  public static synchronized void append(Path file, String markdown) throws IOException {
    String text = markdown.endsWith("\n") ? markdown : markdown + "\n";
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        FileLock lock = ch.lock()) {
      while (bytes.hasRemaining()) {
        ch.write(bytes);
      }
    }
  }

  /** Up to ten DIVERGED or ERROR rows, largest relative error first; errors without one last. */
  private static void worstRows(StringBuilder md, List<ValueResult> all) {
    List<ValueResult> bad =
        all.stream()
            .filter(v -> v.status() == Status.DIVERGED || v.status() == Status.ERROR)
            .sorted(
                Comparator.comparingDouble(
                        (ValueResult v) ->
                            Double.isNaN(v.relError()) ? Double.NEGATIVE_INFINITY : v.relError())
                    .reversed())
            .toList();
    if (bad.isEmpty()) {
      return;
    }
    md.append(
            "| sample | output | expected | actual | abs error | rel error | allowed | status |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---|\n");
    for (ValueResult v : bad.subList(0, Math.min(MAX_ROWS, bad.size()))) {
      String status = v.status() + (v.message() == null ? "" : ": " + v.message());
      md.append("| ")
          .append(
              String.join(
                  " | ",
                  cell(v.sampleId()),
                  cell(v.output()),
                  cell(dash(v.expected())),
                  cell(dash(v.actual())),
                  Numbers.format(v.absError()),
                  Numbers.format(v.relError()),
                  v.numeric() ? Numbers.format(v.allowed()) : "-",
                  cell(status)))
          .append(" |\n");
    }
    if (bad.size() > MAX_ROWS) {
      md.append("\n… and ").append(bad.size() - MAX_ROWS).append(" more diverged or error rows.\n");
    }
    md.append('\n');
  }

  /**
   * Text from the API or the golden file as one inline Markdown cell: cut short, on one line, with
   * table pipes, code backticks, emphasis and HTML made literal.
   */
  static String cell(String text) {
    String s = VisibleText.of(text).replaceAll("\\R", " ");
    if (s.codePointCount(0, s.length()) > MAX_CELL) {
      s = s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
    }
    // Markdown's own characters first, then HTML's (GitHub renders both): the entities' '#' stays
    // bare.
    return Html.escape(s.replaceAll("([\\\\|`*_\\[\\]~#!])", "\\\\$1"));
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
