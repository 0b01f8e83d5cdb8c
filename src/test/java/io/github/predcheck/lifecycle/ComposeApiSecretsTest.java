package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {env:NAME}} in the compose environment reaches the compose commands as the variable's
 * value; compose's output, the messages quoting it and api.log show it masked.
 */
class ComposeApiSecretsTest {
  @TempDir Path dir;

  /** PATH: set wherever the tests run, long enough to be masked, and plain text for YAML and sh. */
  static Map.Entry<String, String> setVariable() {
    return Map.entry("PATH", System.getenv("PATH"));
  }

  private ComposeSpec spec(List<String> tool, Map<String, String> env, String project) {
    return new ComposeSpec(
        List.of(dir.resolve("docker-compose.yml")),
        project,
        List.of("app"),
        true,
        env,
        tool,
        null,
        null,
        dir,
        dir.resolve("api.log"),
        false);
  }

  @Test
  void aFailedUpQuotesComposeOutputMasked() throws Exception {
    Map.Entry<String, String> v = setVariable();
    Files.writeString(dir.resolve("docker-compose.yml"), "services: {}\n");
    Path tool = dir.resolve("fake-compose");
    Files.writeString(
        tool,
        """
        #!/bin/sh
        case "$*" in
          *" up "*) echo "$SECRET_TOKEN" > "$(dirname "$0")/seen"
                    echo "error: cannot pull image for token $SECRET_TOKEN"; exit 1 ;;
        esac
        exit 0
        """);
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
    ComposeSpec spec =
        spec(
            List.of(tool.toString()),
            Map.of("SECRET_TOKEN", "{env:" + v.getKey() + "}"),
            "predcheck-secrets");
    assertThatThrownBy(() -> ComposeApi.start(spec, Log.SILENT))
        .isInstanceOf(RunException.class)
        .hasMessageContaining("error: cannot pull image for token ***")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(v.getValue()));
    assertThat(Files.readString(dir.resolve("seen")).strip()).isEqualTo(v.getValue());
  }

  @Test
  void apiLogAndComposeOutputMaskWhatTheContainersEcho() throws Exception {
    assumeTrue(
        onPath("podman") && onPath("podman-compose") && new File("/bin/busybox").canExecute(),
        "podman, podman-compose or busybox-static not installed: skipping");
    Map.Entry<String, String> v = setVariable();
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
            command: ["sh", "-c", "echo token=${SECRET_TOKEN}; trap 'exit 0' TERM; sleep 300 & wait $$!"]
        """);
    List<String> debug = new ArrayList<>();
    Log log =
        new Log() {
          @Override
          public void debug(String message) {
            debug.add(message);
          }

          @Override
          public void info(String message) {
            debug.add(message);
          }

          @Override
          public void warn(String message) {
            debug.add(message);
          }

          @Override
          public void error(String message) {
            debug.add(message);
          }

          @Override
          public boolean isDebugEnabled() {
            return true;
          }
        };
    String project = "predcheck-secrets-" + ProcessHandle.current().pid();
    ComposeApi api =
        ComposeApi.start(
            spec(
                List.of("podman-compose"),
                Map.of("SECRET_TOKEN", "{env:" + v.getKey() + "}"),
                project),
            log);
    try {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (api.logTail(5).stream().noneMatch(l -> l.contains("token="))
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(api.logTail(5)).anyMatch(l -> l.endsWith("token=***"));
    } finally {
      api.close();
    }
    assertThat(Files.readString(dir.resolve("api.log")))
        .contains("token=***")
        .doesNotContain(v.getValue());
    assertThat(debug).noneMatch(m -> m.contains(v.getValue()));
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv("PATH").split(File.pathSeparator)) {
      if (new File(d, tool).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
