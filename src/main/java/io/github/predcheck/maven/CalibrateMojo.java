package io.github.predcheck.maven;

import io.github.predcheck.calibrate.Calibration;
import io.github.predcheck.calibrate.CalibrationReport;
import io.github.predcheck.calibrate.CalibrationRun;
import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.run.CheckConfig;
import java.io.IOException;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Measures the API's own noise and proposes tolerances: sends every sample {@code calls} times (the
 * first call of each one at a time, the others at {@code threads}), prints per output the largest
 * absolute and relative spread between calls and a tolerance of {@code safetyFactor} times it, and
 * writes {@code calibration.json} and a pom snippet to paste. Run it with an execution's
 * configuration: {@code mvn predcheck:calibrate@<execution id>}.
 */
@Mojo(name = "calibrate", threadSafe = true)
public class CalibrateMojo extends AbstractApiMojo {
  /** Maven's own decrypter, so that settings.xml passwords decrypt as Maven decrypts them. */
  @Inject
  public CalibrateMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  /**
   * How many times each sample is sent; at least 2. The first call of every sample is made one at a
   * time, the others at {@code threads}, each compared with the first. Default 5.
   */
  @Parameter(property = UserProperties.CALLS, defaultValue = "5")
  int calls = 5;

  /**
   * The proposed tolerance is this many times the largest spread seen between calls, rounded up to
   * one significant digit. Above 0; default 10.
   */
  @Parameter(property = UserProperties.SAFETY_FACTOR, defaultValue = "10")
  double safetyFactor = 10;

  @Override
  protected void run(Log log) throws PredcheckException {
    CheckConfig config = ConfigFactory.create(this);
    Calibration calibration = CalibrationRun.run(config, calls, safetyFactor, log);
    CalibrationReport.print(calibration, log);
    Path json = CalibrationReport.write(calibration, config.executionDir());
    String snippet = CalibrationSnippet.of(calibration, outputs);
    Path pom = config.executionDir().resolve(CalibrationSnippet.FILE_NAME);
    try {
      AtomicFile.write(pom, snippet);
    } catch (IOException e) {
      throw new RunException("Cannot write " + pom + ": " + e.getMessage(), e);
    }
    log.info(
        "Proposed tolerances for the execution's <configuration> (also in "
            + pom
            + "; every figure in "
            + json
            + "):");
    snippet.lines().forEach(line -> log.info("  " + line));
  }
}
