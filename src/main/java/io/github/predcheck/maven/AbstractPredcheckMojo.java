package io.github.predcheck.maven;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.run.Shard;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Skipping and error mapping shared by every goal. {@link MojoFailureException} means the user must
 * act (predictions diverged, bad configuration); {@link MojoExecutionException} means the run
 * itself broke (the API could not be started, a file could not be written). The core's messages
 * name settings; they reach the user in the pom's words.
 */
abstract class AbstractPredcheckMojo extends AbstractMojo {
  /** Skips predcheck. */
  @Parameter(property = UserProperties.SKIP, defaultValue = "false")
  boolean skip;

  /** failsafe's switch: skips predcheck with the other integration tests. */
  @Parameter(property = UserProperties.SKIP_ITS, defaultValue = "false")
  boolean skipITs;

  /** failsafe's other switch: skips predcheck with all tests. */
  @Parameter(property = UserProperties.SKIP_TESTS, defaultValue = "false")
  boolean skipTests;

  /** Maven's switch to skip all tests, honoured as failsafe does. */
  @Parameter(property = UserProperties.MAVEN_TEST_SKIP, defaultValue = "false")
  boolean mavenTestSkip;

  /** Where reports go: one folder per execution id. */
  @Parameter(
      property = UserProperties.REPORT_DIRECTORY,
      defaultValue = "${project.build.directory}/predcheck")
  File reportDirectory;

  /**
   * Check only one part of the samples, so that parallel CI jobs share them: {@code 2/4} is the
   * second of four, 1-based. A sample's part follows from its id alone (SHA-256 of the id, see the
   * README), so the shards together check every sample exactly once. Each shard writes its reports
   * to {@code <execution id>/shard-2of4/}, file names carrying the shard; the report goal merges
   * them. {@code verify} reads that shard's verdict; record refuses a shard.
   */
  @Parameter(property = UserProperties.SHARD)
  String shard;

  /** The shard parsed when the goal starts; null for every sample. */
  Shard parsedShard;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Log log = MavenLog.of(getLog());
    String reason = skipReason();
    try {
      parsedShard = shard == null || shard.isBlank() ? null : Shard.parse(shard);
      if (reason != null) {
        log.info("Skipping predcheck because " + reason + ".");
        skipped(reason, log);
        return;
      }
      run(log);
    } catch (ConfigurationException e) {
      throw new MojoFailureException(PomNames.render(e.getMessage()), new RenderedCause(e));
    } catch (PredcheckException e) {
      throw new MojoExecutionException(PomNames.render(e.getMessage()), new RenderedCause(e));
    }
  }

  private String skipReason() {
    if (skip) {
      return "property " + UserProperties.SKIP + " is set";
    }
    if (skipITs) {
      return "property " + UserProperties.SKIP_ITS + " is set (integration tests are skipped)";
    }
    if (skipTests) {
      return "property " + UserProperties.SKIP_TESTS + " is set (tests are skipped)";
    }
    if (mavenTestSkip) {
      return "property " + UserProperties.MAVEN_TEST_SKIP + " is set";
    }
    return null;
  }

  /** The goal's work; throw {@link MojoFailureException} for a verdict the user must act on. */
  protected abstract void run(Log log)
      throws PredcheckException, MojoFailureException, MojoExecutionException;

  /** What a goal leaves behind when skipped; nothing by default. */
  protected void skipped(String reason, Log log) throws PredcheckException {}
}
