package io.github.predcheck.report;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.AtomicFile;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes every report of one execution into its folder, whatever the verdict. */
public final class Reports {
  private Reports() {}

  /** Returns the obtained file's path. */
  public static Path write(CheckResult result, Path dir, boolean failOnNew, int maxRows, Log log) throws RunException {
    Path obtained = dir.resolve(ObtainedCsv.FILE_NAME);
    try {
      AtomicFile.write(obtained, ObtainedCsv.text(result));
      AtomicFile.write(dir.resolve(SummaryJson.FILE_NAME), SummaryJson.text(result, failOnNew));
    } catch (IOException e) {
      throw new RunException("Cannot write the reports into " + dir + ": " + e.getMessage(), e);
    }
    ConsoleReport.print(result, maxRows, obtained, log);
    return obtained;
  }
}
