package io.github.predcheck.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Marks every process started for one execution, as Jenkins' ProcessTreeKiller does: the API gets
 * {@code PREDCHECK_RUN=<random uuid>} in its environment, whatever it starts inherits it, and at
 * the end every process carrying it is stopped, whatever its parent: a daemon that double-forked
 * out of the tree included. Each execution draws its own, so parallel executions ({@code mvn -T})
 * never stop each other's processes.
 *
 * <p>Found through {@code /proc/<pid>/environ}, so on Linux only; elsewhere {@link #carriers()} is
 * empty and only the API's descendants are stopped. A process whose environment has {@code
 * PREDCHECK_KEEP=1} (a daemon the API starts on purpose) is left running.
 */
public final class ProcessCookie {
  /** The variable that marks the processes of one execution. */
  public static final String VARIABLE = "PREDCHECK_RUN";

  /** Set to 1 in a process's environment to keep it running after the build. */
  public static final String KEEP = "PREDCHECK_KEEP";

  private static final Path PROC = Path.of("/proc");

  private final String value;

  private ProcessCookie(String value) {
    this.value = value;
  }

  public static ProcessCookie random() {
    return new ProcessCookie(UUID.randomUUID().toString());
  }

  /** {@code PREDCHECK_RUN=<uuid>}, as a process's environment holds it. */
  @Override
  public String toString() {
    return VARIABLE + "=" + value;
  }

  /**
   * Marks the environment of the process about to start. A {@code PREDCHECK_KEEP} inherited from
   * the build is dropped: the API itself is kept only by keepRunning, and its children only when
   * they ask for it.
   */
  void mark(Map<String, String> environment) {
    environment.remove(KEEP);
    environment.put(VARIABLE, value);
  }

  /** Whether this system lets processes be found by their environment. */
  static boolean searchable() {
    return Files.isReadable(PROC.resolve("self/environ"));
  }

  /**
   * The live processes that carry this cookie, those that ask to be kept included; not this JVM.
   */
  List<ProcessHandle> carriers() {
    if (!searchable()) {
      return List.of();
    }
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(h -> h.pid() != self)
        .filter(h -> read(h).map(e -> value.equals(e.run())).orElse(false))
        .toList();
  }

  /** Whether the process's environment asks to be kept running; false when it cannot be read. */
  static boolean kept(ProcessHandle h) {
    return read(h).map(Marks::keep).orElse(false);
  }

  /** The two variables of a process's environment: the cookie (or null) and the keep mark. */
  private record Marks(String run, boolean keep) {}

  /**
   * Reads the environment the process was started with. Its start instant is compared before and
   * after, so a pid reused in between is never taken for the process the handle stands for; the
   * handle itself refuses to signal a newer process of the same pid.
   */
  private static Optional<Marks> read(ProcessHandle h) {
    Optional<Instant> started = h.info().startInstant();
    byte[] environ;
    try {
      environ = Files.readAllBytes(PROC.resolve(Long.toString(h.pid())).resolve("environ"));
    } catch (IOException | SecurityException goneOrNotOurs) {
      return Optional.empty();
    }
    Optional<Instant> now = ProcessHandle.of(h.pid()).flatMap(p -> p.info().startInstant());
    if (started.isEmpty() || !started.equals(now)) {
      return Optional.empty();
    }
    String run = null;
    boolean keep = false;
    for (String entry : new String(environ, StandardCharsets.UTF_8).split("\0")) {
      if (entry.startsWith(VARIABLE + "=")) {
        run = entry.substring(VARIABLE.length() + 1);
      } else if (entry.startsWith(KEEP + "=")) {
        String v = entry.substring(KEEP.length() + 1).strip();
        keep = !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
      }
    }
    return Optional.of(new Marks(run, keep));
  }
}
