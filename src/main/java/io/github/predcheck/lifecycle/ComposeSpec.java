package io.github.predcheck.lifecycle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compose mode: {@code compose up -d [--build] <services>}, then always {@code compose down}.
 * {@code {port}} stands for the host port published for {@code portService}'s {@code
 * containerPort}.
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
    environment = environment == null ? Map.of() : Map.copyOf(environment);
    composeCommand = composeCommand == null ? null : List.copyOf(composeCommand);
  }
}
