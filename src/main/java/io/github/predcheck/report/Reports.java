package io.github.predcheck.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.AtomicFile;
import io.github.predcheck.golden.JsonGoldens;
import io.github.predcheck.json.Json;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes every report of one execution into its folder, whatever the verdict: obtained.csv,
 * summary.json, JUnit XML, the HTML report, and the GitHub Actions job summary when there is one.
 */
public final class Reports {
  private Reports() {}

  /**
   * @param stepSummary the file GITHUB_STEP_SUMMARY names, or null outside GitHub Actions
   * @param recorded the run rewrote the goldens: its summary says RECORDED, not a verdict to fail on
   * @return the obtained file's path
   */
  public static Path write(CheckResult result, Path dir, boolean failOnNew, int maxRows, Path stepSummary,
      boolean recorded, Log log) throws RunException {
    boolean csv = result.golden() != null;
    Path obtained = dir.resolve(csv ? ObtainedCsv.FILE_NAME : "obtained.json");
    Path html = dir.resolve(HtmlReport.FILE_NAME);
    try {
      AtomicFile.write(obtained, csv ? ObtainedCsv.text(result) : obtainedJson(result));
      AtomicFile.write(dir.resolve(SummaryJson.FILE_NAME), SummaryJson.text(result, failOnNew, recorded));
      AtomicFile.write(dir.resolve(JUnitXmlReport.fileName(result.executionId())), JUnitXmlReport.text(result, failOnNew));
      AtomicFile.write(html, HtmlReport.text(result, failOnNew));
    } catch (IOException e) {
      throw new RunException("Cannot write the reports into " + dir + ": " + e.getMessage(), e);
    }
    if (stepSummary != null) {
      try {
        StepSummary.append(stepSummary, StepSummary.markdown(result, failOnNew, html));
      } catch (IOException e) {
        log.warn("Cannot append to the GitHub job summary " + stepSummary + ": " + e.getMessage());
      }
    }
    ConsoleReport.print(result, maxRows, obtained, recorded, log);
    log.info("HTML report: " + html);
    return obtained;
  }

  /** Each sample's response, by id: the JSON goldens' counterpart of obtained.csv. */
  private static String obtainedJson(CheckResult result) {
    ObjectNode all = Json.MAPPER.createObjectNode();
    result.responses().forEach(all::set);
    return JsonGoldens.pretty(all);
  }
}
