package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {env:NAME}} in a command's environment reaches the process as the variable's value, and
 * api.log and the log tail shown in error messages mask it when the API echoes it.
 */
class CommandApiSecretsTest {
  @TempDir Path dir;

  /** PATH: set wherever the tests run, and long enough to be masked. */
  static Map.Entry<String, String> setVariable() {
    return Map.entry("PATH", System.getenv("PATH"));
  }

  @Test
  void theProcessGetsTheValueAndTheTailShowsItMasked() throws Exception {
    Map.Entry<String, String> v = setVariable();
    CommandSpec spec =
        new CommandSpec(
            "sh",
            List.of(
                "-c",
                "printf %s \"$MODEL_TOKEN\" > seen.txt; echo \"token is $MODEL_TOKEN\";"
                    + " echo \"plain is $PLAIN\""),
            dir,
            Map.of("MODEL_TOKEN", "{env:" + v.getKey() + "}", "PLAIN", "1"),
            dir.resolve("api.log"),
            Duration.ofSeconds(2),
            false);
    assertThat(spec.toString()).doesNotContain(v.getValue());
    CommandApi api = CommandApi.start(spec, Log.SILENT);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (api.exited().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    api.close();
    // The process itself saw the value; api.log, its output as predcheck keeps it, is masked.
    assertThat(Files.readString(dir.resolve("seen.txt"))).isEqualTo(v.getValue());
    assertThat(Files.readString(dir.resolve("api.log")))
        .isEqualTo("token is ***\nplain is 1\n")
        .doesNotContain(v.getValue());
    assertThat(api.logTail(10)).containsExactly("token is ***", "plain is 1");
  }
}
