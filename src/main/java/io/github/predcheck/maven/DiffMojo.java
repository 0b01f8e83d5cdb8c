package io.github.predcheck.maven;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.report.Reports;
import io.github.predcheck.run.Baseline;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.DiffConfig;
import io.github.predcheck.run.DiffRun;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Sends every sample to the candidate (the API this execution configures) and to a baseline (a
 * deployed URL, or the same configuration started from another git ref's tree), compares their
 * answers with the goldens' rules, and fails only on differences beyond the baseline's own noise.
 * No golden file is needed; when there is one, the candidate is checked against it too.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class DiffMojo extends AbstractApiMojo {
  /** Maven's own decrypter, so that settings.xml passwords decrypt as Maven decrypts them. */
  @Inject
  public DiffMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  /**
   * The baseline is a deployed API at this prediction URL, e.g. production's; it gets the same
   * requests and headers as the candidate. Set this or {@code baselineRef}.
   */
  @Parameter(property = UserProperties.BASELINE_URL)
  String baselineUrl;

  /**
   * The baseline is this git ref's tree (e.g. {@code origin/main}), checked out under {@code
   * target/predcheck-baseline/} without touching the repository, and started with the execution's
   * {@code <command>} or {@code <compose>} (or {@code <baseline>}'s) from there: the command's
   * working directory and the compose files and build context move into the old tree; samples and
   * goldens stay. Files ignored by git are not in a commit: the baseline must build what it needs.
   * Removed at the end, always. Set this or {@code baselineUrl}.
   */
  @Parameter(property = UserProperties.BASELINE_REF)
  String baselineRef;

  /**
   * The baseline's own {@code <command>} or {@code <compose>}: with {@code baselineRef}, what
   * starts the old tree when the execution's configuration does not fit it; alone, a baseline
   * started as it says (the released image in a compose file, a pinned model server version).
   */
  @Parameter BaselineParameter baseline;

  /**
   * Extra calls the baseline answers per sample; the differences between its answers are its noise,
   * per output (CSV) or JSON path pattern. 0 measures no noise: every difference beyond tolerance
   * diverges.
   */
  @Parameter(property = UserProperties.NOISE_CALLS, defaultValue = "1")
  int noiseCalls;

  /**
   * A candidate difference beyond tolerance but at most this many times its output's measured
   * relative noise is NOISE, not a divergence.
   */
  @Parameter(property = UserProperties.NOISE_FACTOR, defaultValue = "2")
  double noiseFactor;

  /**
   * Run the baseline's pass first and the candidate's after it, one API at a time: for APIs on a
   * fixed host port (a compose service published as {@code "7080:7080"}). Costs a second start.
   */
  @Parameter(property = UserProperties.SEQUENTIAL, defaultValue = "false")
  boolean sequential;

  /**
   * When the golden file exists, also compare the candidate with it, report which of the two moved,
   * and fail when either did.
   */
  @Parameter(property = UserProperties.CHECK_GOLDENS, defaultValue = "true")
  boolean checkGoldens;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Override
  protected void run(Log log) throws PredcheckException, MojoFailureException {
    DiffConfig config = config();
    CheckResult result = DiffRun.run(config, log);
    Path obtained =
        Reports.write(
            result,
            config.candidate().executionDir(),
            config.candidate().shard(),
            false,
            maxRows,
            false,
            log);
    if (result.failed(false)) {
      throw new MojoFailureException(FailureMessage.ofDiff(result, obtained));
    }
  }

  DiffConfig config() throws ConfigurationException {
    boolean url = baselineUrl != null && !baselineUrl.isBlank();
    boolean ref = baselineRef != null && !baselineRef.isBlank();
    boolean own = baseline != null && (baseline.command != null || baseline.compose != null);
    if (url && ref || !url && !ref && !own) {
      throw new ConfigurationException(
          (url ? "Both <baselineUrl> and <baselineRef> are set: keep one." : "No baseline:")
              + " set <baselineUrl> (-D"
              + UserProperties.BASELINE_URL
              + ") to a deployed API's prediction URL, or <baselineRef> (-D"
              + UserProperties.BASELINE_REF
              + ") to a git ref to start the API from, e.g. -D"
              + UserProperties.BASELINE_REF
              + "=origin/main, or give <baseline> a <command> or <compose> of its own.");
    }
    if (url && own) {
      throw new ConfigurationException(
          "<baselineUrl> is a running API, so <baseline>'s <command> or <compose> would start"
              + " nothing that is used: remove one of the two.");
    }
    if (noiseCalls < 0) {
      throw new ConfigurationException(
          "<noiseCalls> (-D"
              + UserProperties.NOISE_CALLS
              + ") must be 0 or more, was "
              + noiseCalls);
    }
    if (!(noiseFactor >= 1) || Double.isInfinite(noiseFactor)) {
      throw new ConfigurationException(
          "<noiseFactor> (-D"
              + UserProperties.NOISE_FACTOR
              + ") must be a number of at least 1, was "
              + noiseFactor);
    }
    CheckConfig candidate = ConfigFactory.create(this);
    Baseline source;
    if (url) {
      ConfigFactory.checkUrl("baselineUrl", UserProperties.BASELINE_URL, baselineUrl);
      if (baselineUrl.contains("{port}")) {
        throw new ConfigurationException(
            "<baselineUrl> (-D"
                + UserProperties.BASELINE_URL
                + ") has {port}, which stands for the port of an API that predcheck starts; a"
                + " baseline URL is a running API: write its port.");
      }
      source = Baseline.url(baselineUrl.strip());
    } else {
      ApiSpec api = ApiConfigFactory.baseline(this, baseline, executionDir());
      source =
          ref
              ? Baseline.ref(
                  baselineRef.strip(),
                  api,
                  buildDirectory.toPath().resolve("predcheck-baseline").resolve(executionId()))
              : Baseline.started(api);
    }
    return new DiffConfig(candidate, source, noiseCalls, noiseFactor, sequential, checkGoldens);
  }
}
