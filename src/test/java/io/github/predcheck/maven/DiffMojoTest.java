package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.run.DiffConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff goal's parameters: exactly one baseline, sane noise settings, and clear errors. */
class DiffMojoTest {
  @TempDir Path dir;

  @Test
  void withoutABaselineItSaysWhichToSet() {
    DiffMojo mojo = TestMojos.diff(dir);
    assertThatThrownBy(mojo::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("No baseline")
        .hasMessageContaining("-Dpredcheck.baselineUrl")
        .hasMessageContaining("-Dpredcheck.baselineRef=origin/main");
  }

  @Test
  void refusesTwoBaselines() {
    DiffMojo mojo = TestMojos.diff(dir);
    mojo.baselineUrl = "http://prod:8080/predictions/thickness";
    mojo.baselineRef = "origin/main";
    assertThatThrownBy(mojo::config).hasMessageContaining("Both <baselineUrl> and <baselineRef>");
    mojo.baselineRef = null;
    mojo.baseline = new BaselineParameter();
    mojo.baseline.command = new CommandParameter();
    mojo.baseline.command.executable = "java";
    assertThatThrownBy(mojo::config).hasMessageContaining("would start nothing that is used");
  }

  @Test
  void aBaselineUrlIsARunningApi() {
    DiffMojo mojo = TestMojos.diff(dir);
    mojo.baselineUrl = "http://127.0.0.1:{port}/predictions/thickness";
    assertThatThrownBy(mojo::config)
        .hasMessageContaining("<baselineUrl> (-Dpredcheck.baselineUrl) has {port}");
    mojo.baselineUrl = "not a url";
    assertThatThrownBy(mojo::config).hasMessageContaining("baselineUrl");
  }

  @Test
  void noiseSettingsMustMakeSense() {
    DiffMojo mojo = TestMojos.diff(dir);
    mojo.baselineUrl = "http://prod:8080/predictions/thickness";
    mojo.noiseFactor = 0.5;
    assertThatThrownBy(mojo::config)
        .hasMessageContaining("<noiseFactor> (-Dpredcheck.noiseFactor)");
    mojo.noiseFactor = 2;
    mojo.noiseCalls = -1;
    assertThatThrownBy(mojo::config).hasMessageContaining("<noiseCalls> (-Dpredcheck.noiseCalls)");
  }

  @Test
  void anOwnBaselineCommandLogsApartFromTheCandidate() throws Exception {
    DiffMojo mojo = TestMojos.diff(dir);
    mojo.command = new CommandParameter();
    mojo.command.executable = "candidate-api";
    mojo.baseline = new BaselineParameter();
    mojo.baseline.command = new CommandParameter();
    mojo.baseline.command.executable = "released-api";
    mojo.baseline.command.arguments = List.of("--port={port}");
    DiffConfig config = mojo.config();
    CommandSpec baseline = (CommandSpec) config.baseline().api();
    CommandSpec candidate = (CommandSpec) config.candidate().api();
    assertThat(baseline.executable()).isEqualTo("released-api");
    assertThat(candidate.executable()).isEqualTo("candidate-api");
    assertThat(baseline.logFile().getFileName()).hasToString("baseline-api.log");
    assertThat(candidate.logFile().getFileName()).hasToString("api.log");
    assertThat(config.baseline().ref()).isNull();
  }
}
