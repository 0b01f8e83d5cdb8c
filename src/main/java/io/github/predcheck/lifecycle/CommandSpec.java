package io.github.predcheck.lifecycle;

import io.github.predcheck.core.MaskedMap;
import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Command mode: the API is a child process; {@code {port}} in arguments and environment is
 * replaced. Environment values keep their {@code {env:NAME}} references, never the secrets they
 * stand for, until {@link #resolvedEnvironment()}.
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
    environment = environment == null ? Map.of() : MaskedMap.copyOf(environment);
    stopGrace = stopGrace == null ? Duration.ofSeconds(10) : stopGrace;
  }

  /**
   * The environment for the process: its values as configured, {@code {env:NAME}} references
   * included (checked when the spec was configured), are read here, where they are used.
   */
  public Secrets resolvedEnvironment() {
    return Secrets.resolveChecked(environment, Setting.COMMAND_ENVIRONMENT);
  }
}
