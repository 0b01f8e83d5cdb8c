package io.github.predcheck.maven;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.report.Reports;
import io.github.predcheck.report.ShardMerge;
import io.github.predcheck.run.CheckResult;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Merges the results of every shard of an execution (CI jobs that each ran {@code check} with
 * {@code -Dpredcheck.shard=i/n}, their report folders collected into one) into the reports one job
 * would have written, and fails the build as that job's check would have. Calls no API. Run it with
 * the execution's configuration: {@code mvn predcheck:report@<execution id>}.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractApiMojo {
  /** Fail when a sample file has no golden row yet (NEW). */
  @Parameter(property = UserProperties.FAIL_ON_NEW, defaultValue = "true")
  boolean failOnNew;

  /**
   * The folder the shards' report folders were collected into (e.g. by {@code
   * actions/download-artifact} with {@code merge-multiple: true}); their results files are found at
   * any depth. The merged reports go to the report directory, {@code <execution id>/}.
   */
  @Parameter(
      property = UserProperties.SHARD_RESULTS,
      defaultValue = "${project.build.directory}/predcheck")
  File shardResults;

  @Override
  protected void run(Log log) throws PredcheckException, MojoFailureException {
    if (parsedShard != null) {
      throw new ConfigurationException(
          "The report goal merges every shard, so "
              + Setting.SHARD
              + " ("
              + parsedShard
              + ") makes no sense for it: leave it unset.");
    }
    GoldenFile<?> golden = ConfigFactory.goldens(this);
    CheckResult result = ShardMerge.merge(shardResults.toPath(), executionId(), golden, log);
    // No deferFailure here: nothing is torn down after a merge, and a green merge must mean a pass.
    Path obtained = Reports.write(result, executionDir(), failOnNew, maxRows, false, log);
    if (result.failed(failOnNew)) {
      throw new MojoFailureException(FailureMessage.of(result, failOnNew, obtained));
    }
  }
}
