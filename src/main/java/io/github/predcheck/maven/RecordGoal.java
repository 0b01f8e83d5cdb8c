package io.github.predcheck.maven;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.report.Reports;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.RecordRun;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What the record goal does, and check with {@code -Dpredcheck.record}: records the goldens from
 * the live API, writes the reports, and fails when samples could not be recorded.
 */
final class RecordGoal {
  private RecordGoal() {}

  static void record(AbstractApiMojo params, String modeText, Log log)
      throws PredcheckException, MojoFailureException {
    RecordMode mode = RecordMode.parse(modeText);
    if (mode == null) {
      throw new ConfigurationException(
          "-D"
              + UserProperties.RECORD
              + "="
              + modeText
              + " is not a record mode: use missing (samples without golden rows), failing (rewrite"
              + " diverged rows) or all (rewrite everything).");
    }
    CheckConfig config = ConfigFactory.create(params);
    RecordRun.Outcome outcome = RecordRun.run(config, mode, log);
    Reports.write(outcome.result(), config.executionDir(), false, params.maxRows, true, log);
    if (!outcome.recording().notRecorded().isEmpty()) {
      throw new MojoFailureException(
          "["
              + config.executionId()
              + "] "
              + RecordRun.notRecorded(outcome.recording())
              + ". Fix the cause above and record again; the golden file holds everything else.");
    }
  }
}
