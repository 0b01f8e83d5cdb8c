package io.github.predcheck.lifecycle;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command mode: the API as a child process, its output in api.log, stopped at the end with every
 * process it started: its tree, and on Linux every process carrying this execution's {@link
 * ProcessCookie} (a daemon that double-forked out of the tree included).
 */
public final class CommandApi implements RunningApi {
  private final CommandSpec spec;
  private final Process process;
  private final Log log;
  private final ProcessCookie cookie;
  private final ShutdownGuard guard;

  /** Copies the API's output masked into api.log; null when it writes there itself. */
  private final Thread logCopier;

  private CommandApi(
      CommandSpec spec, Process process, ProcessCookie cookie, Thread logCopier, Log log) {
    this.spec = spec;
    this.logCopier = logCopier;
    this.process = process;
    this.cookie = cookie;
    this.log = log;
    this.guard = new ShutdownGuard("predcheck-stop-api-" + process.pid(), this::stopTree);
  }

  public static CommandApi start(CommandSpec spec, Log log) throws RunException {
    List<String> command = new ArrayList<>();
    command.add(spec.executable());
    command.addAll(spec.arguments());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (spec.workingDirectory() != null) {
      builder.directory(spec.workingDirectory().toFile());
    }
    Secrets secrets = spec.resolvedEnvironment();
    builder.environment().putAll(secrets.reveal());
    ProcessCookie cookie = ProcessCookie.random();
    cookie.mark(builder.environment());
    try {
      Files.createDirectories(spec.logFile().getParent());
      // An API that echoes a secret it was given must not write it into api.log: copy it masked.
      builder.redirectOutput(
          secrets.hidesNothing()
              ? ProcessBuilder.Redirect.to(spec.logFile().toFile())
              : ProcessBuilder.Redirect.PIPE);
      Process process = builder.start();
      Thread logCopier =
          secrets.hidesNothing()
              ? null
              : MaskedOutput.copy(process.getInputStream(), spec.logFile(), secrets);
      String line = String.join(" ", command);
      log.info(
          "Started the API (pid "
              + process.pid()
              + "): "
              + clip(line)
              + "; its output goes to "
              + spec.logFile());
      log.debug("Full command: " + line + "; its processes carry " + cookie);
      return new CommandApi(spec, process, cookie, logCopier, log);
    } catch (IOException e) {
      throw new RunException(
          "Cannot start the API with "
              + Setting.COMMAND_EXECUTABLE.is(spec.executable())
              + ": "
              + e.getMessage()
              + ". Check that the executable exists and is on the PATH"
              + (spec.workingDirectory() == null
                  ? ""
                  : " or relative to " + spec.workingDirectory())
              + ".",
          e);
    }
  }

  private static String clip(String line) {
    return line.length() <= 160
        ? line
        : line.substring(0, 80) + " … " + line.substring(line.length() - 60);
  }

  public long pid() {
    return process.pid();
  }

  /** The mark every process of this execution carries. */
  ProcessCookie cookie() {
    return cookie;
  }

  @Override
  public Optional<String> exited() {
    return process.isAlive()
        ? Optional.empty()
        : Optional.of("exited with code " + process.exitValue());
  }

  @Override
  public List<String> logTail(int lines) {
    // The API may echo a secret it was given; the tail is shown in error messages.
    return spec.resolvedEnvironment().mask(LogTail.of(spec.logFile(), lines));
  }

  @Override
  public void close() {
    if (spec.keepRunning()) {
      log.warn(
          "keepRunning is set: the API (pid "
              + process.pid()
              + ") is left running. Stop it with: kill "
              + process.pid()
              + " (the processes it started carry "
              + cookie
              + " in their environment).");
      guard.release();
      return;
    }
    stopTree();
    guard.release();
    awaitLog();
  }

  /** Once the API is stopped its last lines reach api.log, for the reports. */
  private void awaitLog() {
    if (logCopier == null) {
      return;
    }
    try {
      logCopier.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void stopTree() {
    ProcessTree.Outcome out = ProcessTree.stop(process.toHandle(), spec.stopGrace(), cookie);
    if (out.stopped() > 0) {
      String others =
          out.outsideTree() == 0
              ? ""
              : " and "
                  + processes(out.outsideTree())
                  + " it started outside its tree (found by their "
                  + ProcessCookie.VARIABLE
                  + ")";
      log.info(
          out.polite()
              ? "Stopped the API (pid " + process.pid() + ")" + others + "."
              : "The API (pid "
                  + process.pid()
                  + ")"
                  + others
                  + " did not stop within "
                  + spec.stopGrace().toSeconds()
                  + " s of SIGTERM and was killed.");
    }
    if (out.kept() > 0) {
      log.info(
          "Left "
              + processes(out.kept())
              + " started by the API running: their environment sets "
              + ProcessCookie.KEEP
              + "=1.");
    }
    if (!out.survivors().isEmpty()) {
      String pids = String.join(" ", out.survivors().stream().map(String::valueOf).toList());
      log.warn("Still running after a kill: " + pids + ". Stop them with: kill -9 " + pids);
    }
  }

  private static String processes(int n) {
    return n + (n == 1 ? " process" : " processes");
  }
}
