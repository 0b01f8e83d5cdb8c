package io.github.predcheck.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of one compose project. {@code up} and {@code down} go through the compose
 * tool; the containers are then found by the compose project label and asked about through the
 * engine's own CLI (docker or podman), which answers the same for every compose tool:
 * podman-compose has no {@code port} command and no {@code logs --no-color}.
 */
public record ComposeCli(List<String> tool, List<Path> files, String projectName) {
  static final String PROJECT_LABEL = "com.docker.compose.project";
  static final String SERVICE_LABEL = "com.docker.compose.service";

  public ComposeCli {
    tool = List.copyOf(tool);
    files = List.copyOf(files);
  }

  public List<String> up(List<String> services, boolean build) {
    List<String> c = base();
    c.add("up");
    c.add("-d");
    if (build) {
      c.add("--build");
    }
    c.addAll(services);
    return c;
  }

  public List<String> down() {
    List<String> c = base();
    c.addAll(List.of("down", "--volumes"));
    // podman-compose 1.0 rejects --remove-orphans (exit code 2); it has no orphans to remove
    // either.
    if (!isPodmanCompose()) {
      c.add("--remove-orphans");
    }
    return c;
  }

  /** The network podman-compose creates and leaves behind after down. */
  public List<String> removeLeftoverNetwork() {
    return List.of("podman", "network", "rm", "-f", projectName + "_default");
  }

  public boolean isPodmanCompose() {
    return tool.size() == 1 && tool.get(0).endsWith("podman-compose");
  }

  /** Ids of the project's containers (of one service, when given), running or not. */
  public List<String> containers(String service) {
    List<String> c =
        new ArrayList<>(
            List.of(
                engine(),
                "ps",
                "-a",
                "-q",
                "--filter",
                "label=" + PROJECT_LABEL + "=" + projectName));
    if (service != null) {
      c.addAll(List.of("--filter", "label=" + SERVICE_LABEL + "=" + service));
    }
    return c;
  }

  public List<String> port(String container, int containerPort) {
    return List.of(engine(), "port", container, Integer.toString(containerPort));
  }

  public List<String> states(List<String> containers) {
    List<String> c =
        new ArrayList<>(
            List.of(engine(), "inspect", "-f", "{{.Name}} {{.State.Status}} {{.State.ExitCode}}"));
    c.addAll(containers);
    return c;
  }

  public List<String> logs(String container) {
    return List.of(engine(), "logs", container);
  }

  /** The container engine's own CLI: podman for the podman tools, docker otherwise. */
  public String engine() {
    return tool.get(0).contains("podman") ? "podman" : "docker";
  }

  private List<String> base() {
    List<String> c = new ArrayList<>(tool);
    for (Path f : files) {
      c.add("-f");
      c.add(f.toString());
    }
    c.add("-p");
    c.add(projectName);
    return c;
  }
}
