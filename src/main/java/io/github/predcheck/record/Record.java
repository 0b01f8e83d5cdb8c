package io.github.predcheck.record;

import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.config.Columns;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.AtomicFile;
import io.github.predcheck.golden.GoldenCsvReader;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.report.Numbers;
import io.github.predcheck.run.Check;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

/**
 * Writes the golden file from the live API: runs the check, then replaces the golden file at once
 * (temporary file, then rename), so that a failing or interrupted record never leaves half a file.
 */
public final class Record {
  /** The check's result (for the reports) and what was written. */
  public record Outcome(CheckResult result, GoldenRecorder.Plan plan) {}

  private Record() {}

  public static Outcome run(CheckConfig config, RecordMode mode, Log log) throws PredcheckException {
    if (config.json() != null) {
      return JsonRecord.run(config, mode, log);
    }
    GoldenFile golden;
    if (Files.exists(config.golden())) {
      golden = GoldenCsvReader.read(config.golden(), config.columns());
    } else if (mode == RecordMode.FAILING) {
      throw new ConfigurationException("Golden file " + config.golden() + " does not exist, so no row can be failing."
          + " Create it with -Dpredcheck.record=missing.");
    } else {
      log.info("Golden file " + config.golden() + " does not exist yet: recording every sample into a new one.");
      golden = GoldenCsvReader.parse(config.golden(), header(config.columns()), config.columns());
    }
    CheckResult result = Check.run(config, golden, log);
    GoldenRecorder.Plan plan = GoldenRecorder.plan(result, mode);
    if (plan.changes()) {
      try {
        AtomicFile.write(config.golden(), plan.text());
      } catch (IOException e) {
        throw new RunException("Cannot write the golden file " + config.golden() + ": " + e.getMessage()
            + ". It is unchanged.", e);
      }
      log.info("Recorded (" + mode.word() + ") into " + config.golden() + ": " + Numbers.count(plan.rewritten(), "row") + " rewritten, "
          + Numbers.count(plan.appendedSamples(), "new sample") + " added (" + Numbers.count(plan.appendedRows(), "row") + ").");
    } else {
      log.info("Nothing to record (" + mode.word() + "): " + config.golden() + " is unchanged.");
    }
    Set<String> skipped = plan.notRecorded();
    if (!skipped.isEmpty()) {
      log.warn(Numbers.count(skipped.size(), "sample") + " not recorded because the API failed on them: " + String.join(", ", skipped));
    }
    return new Outcome(result, plan);
  }

  private static String header(Columns columns) {
    return (columns.id() == null ? "id" : columns.id()) + "," + columns.value() + "," + columns.name() + "\n";
  }
}
