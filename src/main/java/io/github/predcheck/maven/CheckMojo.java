package io.github.predcheck.maven;

import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.report.JUnitXmlReport;
import io.github.predcheck.report.Reports;
import io.github.predcheck.report.SummaryFile;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.CheckRun;
import io.github.predcheck.run.Shard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
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

  /**
   * Check only when something this execution depends on changed since the merge base of HEAD and
   * this git ref, e.g. {@code origin/main} on a pull request: otherwise the execution is skipped
   * (SKIPPED in summary.json and the JUnit file), saying which ref, which merge base and which
   * paths. Counted: {@code <paths>}, the module's pom and its parent poms in the repository, the
   * samples, the golden files and {@code <alwaysRelevant>}; committed, uncommitted and untracked
   * changes alike. A ref that is not there, or a shallow clone without the merge base, is an error
   * that says what to fetch. Unset (the default): always check.
   */
  @Parameter(property = UserProperties.CHANGED_SINCE)
  String changedSince;

  /**
   * With {@code changedSince}: the folders and files whose changes make this execution run, e.g.
   * the model API's code; default the module's folder.
   */
  @Parameter List<File> paths;

  /**
   * With {@code changedSince}: paths from the repository's root whose changes make every execution
   * run, e.g. a root {@code requirements.txt} or a shared {@code Dockerfile} that Renovate bumps.
   */
  @Parameter(property = UserProperties.ALWAYS_RELEVANT)
  List<String> alwaysRelevant;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

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

  /**
   * A skipped check leaves a SKIPPED verdict and a JUnit file with a skipped test, so that no older
   * one speaks for this build.
   */
  @Override
  protected void skipped(String reason, Log log) throws RunException {
    writeVerdict(
        () -> {
          SummaryFile.writeSkipped(executionDir(), parsedShard, executionId(), reason);
          AtomicFile.write(
              executionDir()
                  .resolve(Shard.fileName(parsedShard, JUnitXmlReport.fileName(executionId()))),
              out -> JUnitXmlReport.writeSkipped(executionId(), reason, out));
        });
  }

  private void check(Log log) throws PredcheckException, MojoFailureException {
    if (changedSince != null && !changedSince.isBlank()) {
      String unchanged = ChangeFilter.skipReason(this, log);
      if (unchanged != null) {
        log.info("Skipping predcheck [" + executionId() + "] because " + unchanged + ".");
        skipped(unchanged, log);
        return;
      }
    }
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
