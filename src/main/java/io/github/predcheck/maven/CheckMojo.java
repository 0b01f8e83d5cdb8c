package io.github.predcheck.maven;

import io.github.predcheck.compare.Status;
import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.AtomicFile;
import io.github.predcheck.report.Numbers;
import io.github.predcheck.report.Reports;
import io.github.predcheck.report.SummaryJson;
import io.github.predcheck.run.Check;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Calls the model API for every sample, compares the predictions with the golden results, and
 * fails the build with a diff report when they diverge. One execution checks one model.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class CheckMojo extends AbstractApiMojo {
  /** Fail when a sample file has no golden row yet (NEW). */
  @Parameter(property = UserProperties.FAIL_ON_NEW, defaultValue = "true")
  boolean failOnNew;

  /**
   * Do not fail here: write the verdict under the report directory and let the {@code verify} goal
   * fail the build, so that teardown in {@code post-integration-test} still runs (failsafe's way).
   */
  @Parameter(property = UserProperties.DEFER_FAILURE, defaultValue = "false")
  boolean deferFailure;

  /**
   * Record instead of checking: {@code missing}, {@code failing} or {@code all}; see the record goal.
   * Unset by default: check never writes the golden file unless told to.
   */
  @Parameter(property = UserProperties.RECORD)
  String record;

  @Override
  protected void run(Log log) throws PredcheckException, MojoFailureException {
    if (record != null && !record.isBlank()) {
      record(record, log);
      return;
    }
    if (deferFailure) {
      try {
        check(log);
      } catch (PredcheckException e) {
        // failsafe's way: even a broken run leaves post-integration-test its teardown; verify fails later.
        log.error(e.getMessage());
        log.warn("The verify goal will fail the build (deferFailure is set).");
        writeBrokenVerdict(e.getMessage());
      }
      return;
    }
    check(log);
  }

  private void check(Log log) throws PredcheckException, MojoFailureException {
    CheckConfig config = ConfigFactory.create(this, failOnNew);
    CheckResult result = Check.run(config, log);
    Path obtained = Reports.write(result, config.executionDir(), failOnNew, maxRows, stepSummary(), false, log);
    if (!result.failed(failOnNew)) {
      return;
    }
    String message = FailureMessage.of(result, failOnNew, obtained) + " " + FailureMessage.howToRecord(result, failOnNew);
    if (deferFailure) {
      log.warn(message + " The verify goal will fail the build (deferFailure is set).");
      return;
    }
    throw new MojoFailureException(message);
  }

  private void writeBrokenVerdict(String error) throws RunException {
    Path summary = reportDirectory.toPath().resolve(executionId == null ? "default" : executionId)
        .resolve(SummaryJson.FILE_NAME);
    try {
      AtomicFile.write(summary, SummaryJson.broken(executionId, error));
    } catch (IOException e) {
      throw new RunException("Cannot write the verdict " + summary + ": " + e.getMessage(), e);
    }
  }

  /** How many values failed, and where to look. */
  static final class FailureMessage {
    private FailureMessage() {}

    static String of(CheckResult result, boolean failOnNew, Path obtained) {
      StringBuilder m = new StringBuilder("Predictions of [" + result.executionId() + "] do not match the golden file: ");
      m.append(result.count(Status.DIVERGED)).append(" diverged, ").append(Numbers.count(result.count(Status.ERROR), "error"));
      if (failOnNew && !result.newSamples().isEmpty()) {
        m.append(", ").append(Numbers.count(result.newSamples().size(), "new sample")).append(" without golden rows");
      }
      m.append(". What the API returned is in ").append(obtained).append('.');
      return m.toString();
    }

    /** The exact command that would accept the obtained values, for when the change is intended. */
    static String howToRecord(CheckResult result, boolean failOnNew) {
      boolean rows = result.count(Status.DIVERGED) > 0;
      boolean fresh = failOnNew && !result.newSamples().isEmpty();
      String mode = rows && fresh ? "all" : rows ? "failing" : fresh ? "missing" : null;
      String command = "mvn predcheck:record@" + result.executionId() + " -D" + UserProperties.RECORD + "=" + mode;
      return mode == null ? "Errors are not recorded: fix their cause first."
          : "If the change is intended, record the obtained values into the golden file with: " + command;
    }
  }
}
