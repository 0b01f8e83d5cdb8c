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

  /**
   * Standard output and standard error apart, for output read as data (git's {@code -z} name
   * lists); {@code exitCode} is -1 when the command was stopped at its timeout.
   */
  public record Apart(int exitCode, String out, String err, boolean timedOut) {}

  private Exec() {}

  public static Result run(
      List<String> command, Path directory, Map<String, String> env, Duration timeout)
      throws IOException {
    Apart r = run(command, directory, env, timeout, true);
    return r.timedOut()
        ? new Result(-1, r.out() + "\n(timed out after " + timeout.toSeconds() + " s)")
        : new Result(r.exitCode(), r.out());
  }

  /** As {@link #run}, with standard error kept apart from standard output. */
  public static Apart runApart(
      List<String> command, Path directory, Map<String, String> env, Duration timeout)
      throws IOException {
    return run(command, directory, env, timeout, false);
  }

  private static Apart run(
      List<String> command,
      Path directory,
      Map<String, String> env,
      Duration timeout,
      boolean combined)
      throws IOException {
    Path out = Files.createTempFile("predcheck-exec", ".log");
    Path err = combined ? null : Files.createTempFile("predcheck-exec", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
      if (combined) {
        builder.redirectErrorStream(true);
      } else {
        builder.redirectError(err.toFile());
      }
      if (directory != null) {
        builder.directory(directory.toFile());
      }
      builder.environment().putAll(env);
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process p = builder.start();
      boolean ended;
      try {
        ended = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        ProcessTree.stop(p.toHandle(), Duration.ofSeconds(5));
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while running " + String.join(" ", command), e);
      }
      if (!ended) {
        ProcessTree.stop(p.toHandle(), Duration.ofSeconds(5));
      }
      return new Apart(ended ? p.exitValue() : -1, read(out), combined ? "" : read(err), !ended);
    } finally {
      Files.deleteIfExists(out);
      if (err != null) {
        Files.deleteIfExists(err);
      }
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
