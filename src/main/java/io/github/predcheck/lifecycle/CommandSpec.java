package io.github.predcheck.lifecycle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Command mode: the API is a child process; {@code {port}} in arguments and environment is
 * replaced.
 */
public record CommandSpec(
    String executable,
    List<String> arguments,
    Path workingDirectory,
    Map<String, String> environment,
    Path logFile,
    Duration stopGrace,
    boolean keepRunning)
    implements ApiSpec {
  public CommandSpec {
    Objects.requireNonNull(executable, "executable");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
    environment = environment == null ? Map.of() : Map.copyOf(environment);
    stopGrace = stopGrace == null ? Duration.ofSeconds(10) : stopGrace;
  }
}
