package io.github.predcheck.lifecycle;

import io.github.predcheck.core.MaskedMap;
import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compose mode: {@code compose up -d [--build] <services>}, then always {@code compose down}.
 * {@code {port}} stands for the host port published for {@code portService}'s {@code
 * containerPort}. Environment values keep their {@code {env:NAME}} references until {@link
 * #resolvedEnvironment()}.
 */
public record ComposeSpec(
    List<Path> files,
    String projectName,
    List<String> services,
    boolean build,
    Map<String, String> environment,
    List<String> composeCommand,
    String portService,
    Integer containerPort,
    Path workingDirectory,
    Path logFile,
    boolean keepRunning)
    implements ApiSpec {
  public ComposeSpec {
    files = List.copyOf(files);
    Objects.requireNonNull(projectName, "projectName");
    services = services == null ? List.of() : List.copyOf(services);
    environment = environment == null ? Map.of() : MaskedMap.copyOf(environment);
    composeCommand = composeCommand == null ? null : List.copyOf(composeCommand);
  }

  /**
   * The environment for the compose commands: its values as configured, {@code {env:NAME}}
   * references included (checked when the spec was configured), are read here, where they are used.
   */
  public Secrets resolvedEnvironment() {
    return Secrets.resolveChecked(environment, Setting.COMPOSE_ENVIRONMENT);
  }
}
