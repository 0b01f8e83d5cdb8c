package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.predcheck.core.Log;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compose mode with a real engine (podman and podman-compose): a busybox container that sleeps or
 * exits. Skipped, and reported as skipped, where they are not installed.
 */
class ComposeApiTest {
  @TempDir Path dir;
  String project;

  @BeforeEach
  void composeProject() throws Exception {
    assumeTrue(
        onPath("podman") && onPath("podman-compose") && new File("/bin/busybox").canExecute(),
        "podman, podman-compose or busybox-static not installed (bash .ci/install-container-engine.sh installs them):"
            + " skipping the compose tests");
    project = "predcheck-unit-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100000;
    Files.copy(Path.of("/bin/busybox"), dir.resolve("busybox"));
    Files.copy(Path.of("src/test/compose/Containerfile"), dir.resolve("Containerfile"));
    Files.writeString(
        dir.resolve("docker-compose.yml"),
        """
        services:
          app:
            build:
              context: .
              dockerfile: Containerfile
            # PID 1 ignores SIGTERM without a handler: trap it so that down does not wait 10 s for a kill.
            command: ["sh", "-c", "echo started; trap 'exit 0' TERM; ${APP_COMMAND} & wait $$!"]
        """);
  }

  private ComposeSpec spec(String command) {
    return new ComposeSpec(
        List.of(dir.resolve("docker-compose.yml")),
        project,
        List.of("app"),
        true,
        Map.of("APP_COMMAND", command),
        List.of("podman-compose"),
        null,
        null,
        dir,
        dir.resolve("api.log"),
        false);
  }

  private List<String> containers() throws Exception {
    Exec.Result r =
        Exec.run(
            List.of(
                "podman",
                "ps",
                "-a",
                "-q",
                "--filter",
                "label=com.docker.compose.project=" + project),
            dir,
            Map.of(),
            Duration.ofSeconds(30));
    return r.output().lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void upThenDownLeavesNothing() throws Exception {
    ComposeApi api = ComposeApi.start(spec("sleep 300"), Log.SILENT);
    try {
      assertThat(containers()).hasSize(1);
      assertThat(api.exited()).isEmpty();
    } finally {
      api.close();
    }
    assertThat(containers()).isEmpty();
    assertThat(Files.readString(dir.resolve("api.log"))).contains("started");
  }

  @Test
  void anExitedContainerIsNoticedWithItsCode() throws Exception {
    try (ComposeApi api = ComposeApi.start(spec("exit 3"), Log.SILENT)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (api.exited().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(api.exited())
          .hasValueSatisfying(why -> assertThat(why).endsWith("exited with code 3"));
    }
    assertThat(containers()).isEmpty();
  }

  /** Ctrl-C: the build's JVM ends; its shutdown hook takes the containers down. */
  @Test
  void theContainersGoDownWithTheBuildJvm() throws Exception {
    Path started = dir.resolve("started");
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Path.of("target/classes").toAbsolutePath()
                    + File.pathSeparator
                    + Path.of("target/test-classes").toAbsolutePath(),
                UpAndWait.class.getName(),
                dir.toString(),
                project,
                started.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("jvm.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(started) && jvm.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(started).as(() -> read(dir.resolve("jvm.log"))).exists();
    assertThat(containers()).hasSize(1);
    jvm.destroy();
    assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(containers()).isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "(no log)";
    }
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv("PATH").split(File.pathSeparator)) {
      if (new File(d, tool).canExecute()) {
        return true;
      }
    }
    return false;
  }

  /** The "build": compose up, a marker file, then wait to be killed. */
  public static final class UpAndWait {
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      ComposeSpec spec =
          new ComposeSpec(
              List.of(dir.resolve("docker-compose.yml")),
              args[1],
              List.of("app"),
              true,
              Map.of("APP_COMMAND", "sleep 300"),
              List.of("podman-compose"),
              null,
              null,
              dir,
              dir.resolve("api2.log"),
              false);
      ComposeApi.start(spec, Log.SILENT);
      Files.writeString(Path.of(args[2]), "up");
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
