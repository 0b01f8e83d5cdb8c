package io.github.predcheck.lifecycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of one compose project, for whichever compose tool was found: they are the
 * same for {@code docker compose}, {@code docker-compose}, {@code podman compose} and
 * {@code podman-compose}.
 */
public record ComposeCli(List<String> tool, List<Path> files, String projectName) {
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

  public List<String> port(String service, int containerPort) {
    List<String> c = base();
    c.addAll(List.of("port", service, Integer.toString(containerPort)));
    return c;
  }

  public List<String> psQuiet(List<String> services) {
    List<String> c = base();
    c.addAll(List.of("ps", "-q"));
    c.addAll(services);
    return c;
  }

  public List<String> logs(List<String> services) {
    List<String> c = base();
    c.addAll(List.of("logs", "--no-color"));
    c.addAll(services);
    return c;
  }

  public List<String> down() {
    List<String> c = base();
    c.addAll(List.of("down", "--volumes", "--remove-orphans"));
    return c;
  }

  /** The container engine's own CLI (docker or podman), for inspecting containers. */
  public String engine() {
    return tool.get(0).startsWith("podman") ? "podman" : "docker";
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
