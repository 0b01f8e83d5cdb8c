package io.github.predcheck.lifecycle;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the compose command: docker compose, docker-compose, podman compose, podman-compose, in
 * that order.
 */
public final class ComposeTools {
  public static final List<List<String>> CANDIDATES =
      List.of(
          List.of("docker", "compose"),
          List.of("docker-compose"),
          List.of("podman", "compose"),
          List.of("podman-compose"));

  private ComposeTools() {}

  /**
   * The first candidate whose {@code version} answers with exit code 0; docker's tools only when a
   * Docker engine answers too ({@code docker-compose version} succeeds without one).
   */
  public static Optional<List<String>> find(Map<String, String> env) {
    for (List<String> candidate : CANDIDATES) {
      boolean docker = !candidate.get(0).contains("podman");
      List<String> version = new java.util.ArrayList<>(candidate);
      version.add("version");
      if (succeeds(version, env) && (!docker || succeeds(List.of("docker", "info"), env))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static List<String> parse(String override) {
    return Arrays.stream(override.strip().split("\\s+")).toList();
  }

  static boolean succeeds(List<String> command, Map<String, String> env) {
    try {
      return Exec.run(command, null, env, Duration.ofSeconds(30)).ok();
    } catch (IOException notInstalled) {
      return false;
    }
  }
}
