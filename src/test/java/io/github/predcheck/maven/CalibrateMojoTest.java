package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.calibrate.Calibration;
import io.github.predcheck.calibrate.Proposal;
import io.github.predcheck.compare.Tolerance;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrate goal's parameters, and the pom snippet it prints. */
class CalibrateMojoTest {
  @TempDir Path dir;

  private CalibrateMojo mojo() {
    CheckMojo check = TestMojos.check(dir);
    CalibrateMojo mojo = new CalibrateMojo(check.settingsDecrypter);
    mojo.basedir = check.basedir;
    mojo.executionId = check.executionId;
    mojo.golden = check.golden;
    mojo.samples = check.samples;
    mojo.reportDirectory = check.reportDirectory;
    mojo.endpoint = check.endpoint;
    mojo.requestTimeout = mojo.healthTimeout = mojo.healthInterval = 60;
    mojo.threads = 1;
    mojo.maxConsecutiveFailures = 5;
    mojo.maxRows = 20;
    return mojo;
  }

  @Test
  void fewerThanTwoCallsOrNoSafetyFactorNameTheParameter() {
    CalibrateMojo one = mojo();
    one.calls = 1;
    assertThatThrownBy(one::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<calls> (-Dpredcheck.calls) must be at least 2, was 1");
    CalibrateMojo zero = mojo();
    zero.safetyFactor = 0;
    assertThatThrownBy(zero::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "<safetyFactor> (-Dpredcheck.safetyFactor) must be a number above 0, was 0.0");
  }

  private static Proposal proposal(String group, Tolerance proposed) {
    return new Proposal(
        group,
        40,
        40,
        1e-4,
        3e-5,
        "a",
        0,
        0,
        Tolerance.DEFAULT,
        proposed,
        Proposal.Choice.RELATIVE,
        "");
  }

  private static Calibration calibration(boolean json, List<Proposal> proposals) {
    return new Calibration(
        "drawing", 8, 5, 1, 10, json, Tolerance.DEFAULT, proposals, List.of(), 0, List.of(), 1);
  }

  @Test
  void aCsvFormGetsOutputsKeepingTheirPointersAndAbsoluteOnlyWhereItChanges() {
    OutputParameter thickness = new OutputParameter();
    thickness.name = "thickness";
    thickness.pointer = "/result/0";
    String snippet =
        CalibrationSnippet.of(
            calibration(
                false,
                List.of(
                    proposal("thickness", new Tolerance(1e-8, 4e-4, false)),
                    proposal("width", new Tolerance(3e-6, 2e-5, false)))),
            List.of(thickness));
    assertThat(snippet)
        .isEqualTo(
            "<outputs>\n"
                + "  <output><name>thickness</name><pointer>/result/0</pointer>"
                + "<relative>4e-4</relative></output>\n"
                + "  <output><name>width</name><relative>2e-5</relative>"
                + "<absolute>3e-6</absolute></output>\n"
                + "</outputs>\n");
  }

  @Test
  void aJsonFormGetsJsonTolerancesByPathPattern() {
    String snippet =
        CalibrationSnippet.of(
            calibration(
                true, List.of(proposal("/detections/*/score", new Tolerance(1e-8, 6e-4, false)))),
            null);
    assertThat(snippet)
        .isEqualTo(
            "<jsonTolerances>\n"
                + "  <jsonTolerance><path>/detections/*/score</path><relative>6e-4</relative>"
                + "</jsonTolerance>\n"
                + "</jsonTolerances>\n");
  }
}
