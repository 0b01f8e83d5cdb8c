package io.github.predcheck.maven;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.report.Reports;
import io.github.predcheck.report.SummaryFile;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.CheckRun;
import java.io.IOException;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Calls the model API for every sample, compares the predictions with the golden results, and fails
 * the build with a diff report when they diverge. One execution checks one model.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class CheckMojo extends AbstractApiMojo {
  /** Maven's own decrypter, so that settings.xml passwords decrypt as Maven decrypts them. */
  @Inject
  public CheckMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

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
   * Record instead of checking: {@code missing}, {@code failing} or {@code all}; see the record
   * goal. Unset by default: check never writes the golden file unless told to.
   */
  @Parameter(property = UserProperties.RECORD)
  String record;

  @Override
  protected void run(Log log) throws PredcheckException, MojoFailureException {
    if (record != null && !record.isBlank()) {
      RecordGoal.record(this, record, log);
      return;
    }
    if (!deferFailure) {
      check(log);
      return;
    }
    try {
      check(log);
    } catch (PredcheckException e) {
      // failsafe's way: even a broken run leaves post-integration-test its teardown.
      String message = PomNames.render(e.getMessage());
      log.error(message);
      log.warn("The verify goal will fail the build (deferFailure is set).");
      writeVerdict(
          () -> SummaryFile.writeBroken(executionDir(), parsedShard, executionId(), message));
    }
  }

  /** A skipped check leaves a SKIPPED verdict, so that no older one speaks for this build. */
  @Override
  protected void skipped(String reason, Log log) throws RunException {
    writeVerdict(
        () -> SummaryFile.writeSkipped(executionDir(), parsedShard, executionId(), reason));
  }

  private void check(Log log) throws PredcheckException, MojoFailureException {
    CheckConfig config = ConfigFactory.create(this);
    CheckResult result = CheckRun.run(config, log);
    Path obtained =
        Reports.write(
            result, config.executionDir(), config.shard(), failOnNew, maxRows, false, log);
    if (!result.failed(failOnNew)) {
      return;
    }
    String message = FailureMessage.of(result, failOnNew, obtained);
    if (deferFailure) {
      log.warn(message + " The verify goal will fail the build (deferFailure is set).");
      return;
    }
    throw new MojoFailureException(message);
  }

  private interface VerdictWrite {
    void write() throws IOException;
  }

  private void writeVerdict(VerdictWrite write) throws RunException {
    try {
      write.write();
    } catch (IOException e) {
      throw new RunException(
          "Cannot write the verdict into " + executionDir() + ": " + e.getMessage(), e);
    }
  }
}
