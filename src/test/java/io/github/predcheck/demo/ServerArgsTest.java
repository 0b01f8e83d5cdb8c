package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerArgsTest {

  @Test
  void defaults() {
    ServerArgs args = ServerArgs.parse();
    assertThat(args.port()).isZero();
    assertThat(args.exitAtStart()).isEmpty();
    assertThat(args.options()).isEqualTo(DemoModelServer.Options.defaults());
  }

  @Test
  void parsesEveryFlag() {
    ServerArgs args =
        ServerArgs.parse(
            "--port=8080",
            "--startup-delay-ms=1500",
            "--never-ready",
            "--interpolation=nearest",
            "--exit-at-start=3",
            "--bind=0.0.0.0",
            "--unavailable-every=10",
            "--v2-outputs-reversed",
            "--noise=3e-5",
            "--noise-seed=7",
            "--shift=-1e-3");
    assertThat(args.port()).isEqualTo(8080);
    assertThat(args.exitAtStart()).hasValue(3);
    assertThat(args.options())
        .isEqualTo(
            new DemoModelServer.Options(
                Duration.ofMillis(1500),
                true,
                Interpolation.NEAREST,
                "0.0.0.0",
                10,
                true,
                new OutputNoise(3e-5, 7, -1e-3)));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> ServerArgs.parse("--port=http")).hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerArgs.parse("--port=70000")).hasMessageContaining("65535");
    assertThatThrownBy(() -> ServerArgs.parse("--interpolation=cubic"))
        .hasMessageContaining("cubic");
    assertThatThrownBy(() -> ServerArgs.parse("--noise=2"))
        .hasMessageContaining("between -1 and 1");
    assertThatThrownBy(() -> ServerArgs.parse("--verbose"))
        .hasMessageContaining("unknown argument");
  }

  @Test
  void exitAtStartEndsTheProcessWithTheCode() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DemoModelServer.class.getName(),
                "--exit-at-start=3")
            .start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("--exit-at-start");
    assertThat(process.getInputStream().readAllBytes()).isEmpty();
  }
}
