package io.github.predcheck.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short-lived command to completion, its output captured, its tree stopped on timeout.
 *
 * <p>Unlike {@link CommandApi}, no {@link ProcessCookie} sweep: the compose commands run here are
 * waited for, and what they leave running is meant to outlive them. The containers are stopped by
 * {@code compose down}; netavark's aardvark-dns, started by the first {@code up} on a compose
 * network, inherits that command's environment and serves every podman network on the machine, so a
 * sweep would break other projects' containers.
 */
public final class Exec {
  /** The exit code and the combined stdout and stderr. */
  public record Result(int exitCode, String output) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  private Exec() {}

  public static Result run(
      List<String> command, Path directory, Map<String, String> env, Duration timeout)
      throws IOException {
    Path out = Files.createTempFile("predcheck-exec", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
      if (directory != null) {
        builder.directory(directory.toFile());
      }
      builder.environment().putAll(env);
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process p = builder.start();
      try {
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          ProcessTree.stop(p.toHandle(), Duration.ofSeconds(5));
          return new Result(-1, read(out) + "\n(timed out after " + timeout.toSeconds() + " s)");
        }
      } catch (InterruptedException e) {
        ProcessTree.stop(p.toHandle(), Duration.ofSeconds(5));
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while running " + String.join(" ", command), e);
      }
      return new Result(p.exitValue(), read(out));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
