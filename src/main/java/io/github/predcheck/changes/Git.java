package io.github.predcheck.changes;

import io.github.predcheck.lifecycle.Exec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code git} command line in one work tree: no library, so no new dependency. Its standard
 * output is kept apart from its standard error, as {@code -z} name lists are read from it.
 */
public final class Git {
  /** What git answered: its exit code, its standard output and its standard error. */
  public record Answer(int exitCode, String out, String err) {
    public boolean ok() {
      return exitCode == 0;
    }

    /** The output's first line, e.g. a commit id. */
    public String line() {
      return out.strip();
    }

    /** The error in one line, for a message: git's own words. */
    public String said() {
      String text = err.isBlank() ? out : err;
      return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
  }

  private final Path directory;
  private final Duration timeout;

  public Git(Path directory, Duration timeout) {
    this.directory = directory;
    this.timeout = timeout;
  }

  /**
   * Runs {@code git <args>} in the directory. Names are printed as they are ({@code
   * core.quotepath=off}), and git never asks for a password on the terminal.
   *
   * @throws IOException when git cannot be started (not installed) or does not end in time
   */
  public Answer run(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    Exec.Apart r = Exec.runApart(command, directory, Map.of("GIT_TERMINAL_PROMPT", "0"), timeout);
    if (r.timedOut()) {
      throw new IOException(
          String.join(" ", command) + " did not end within " + timeout.toSeconds() + " s");
    }
    return new Answer(r.exitCode(), r.out(), r.err());
  }

  /** A {@code -z} list: names separated by NUL characters. */
  static List<String> names(String zOutput) {
    List<String> names = new ArrayList<>();
    for (String name : zOutput.split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
