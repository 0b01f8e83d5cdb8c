package io.github.predcheck.report;

import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every report of one execution into its folder, whatever the verdict: the obtained values,
 * summary.json, JUnit XML, the HTML report, every value result (the file shards are merged from),
 * and the GitHub Actions job summary when there is one.
 */
public final class Reports {
  private Reports() {}

  /**
   * @param recorded the run rewrote the goldens: its summary says RECORDED, not a verdict to fail
   *     on
   * @return the obtained file's path
   */
  public static Path write(
      CheckResult result, Path dir, boolean failOnNew, int maxRows, boolean recorded, Log log)
      throws RunException {
    return write(result, dir, null, failOnNew, maxRows, recorded, log);
  }

  /**
   * @param shard the part of the samples that was checked, named in every file's name so that all
   *     shards' files can be collected into one folder; null for every sample
   */
  public static Path write(
      CheckResult result,
      Path dir,
      Shard shard,
      boolean failOnNew,
      int maxRows,
      boolean recorded,
      Log log)
      throws RunException {
    Path obtained = dir.resolve(Shard.fileName(shard, result.golden().obtainedFileName()));
    Path html = dir.resolve(Shard.fileName(shard, HtmlReport.FILE_NAME));
    try {
      // The largest first, so that the two writers end together.
      FileWrites.all(
          List.of(
              () -> AtomicFile.write(html, out -> htmlTo(out, result, failOnNew)),
              () ->
                  AtomicFile.write(
                      dir.resolve(
                          Shard.fileName(shard, JUnitXmlReport.fileName(result.executionId()))),
                      out -> JUnitXmlReport.write(result, failOnNew, out)),
              () ->
                  ResultsFile.write(
                      dir.resolve(
                          Shard.fileName(shard, ResultsFile.fileName(result.executionId()))),
                      result,
                      shard),
              () -> AtomicFile.write(obtained, result.golden().obtained(result.obtainedResults())),
              () -> SummaryFile.write(dir, shard, result, failOnNew, recorded)));
    } catch (IOException e) {
      throw new RunException("Cannot write the reports into " + dir + ": " + e.getMessage(), e);
    }
    StepSummary.file()
        .ifPresent(
            file -> {
              try {
                StepSummary.append(file, StepSummary.markdown(result, failOnNew, html));
              } catch (IOException e) {
                log.warn("Cannot append to the GitHub job summary " + file + ": " + e.getMessage());
              }
            });
    ConsoleReport.print(result, maxRows, obtained, recorded, log);
    log.info("HTML report: " + html);
    return obtained;
  }

  private static void htmlTo(Writer out, CheckResult result, boolean failOnNew) throws IOException {
    try {
      HtmlReport.write(result, failOnNew, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
