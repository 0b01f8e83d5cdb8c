package io.github.predcheck.lifecycle;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Command mode: the API as a child process, its output in api.log, its whole tree stopped at the
 * end.
 */
public final class CommandApi implements RunningApi {
  private final CommandSpec spec;
  private final Process process;
  private final Log log;
  private final ShutdownGuard guard;

  private CommandApi(CommandSpec spec, Process process, Log log) {
    this.spec = spec;
    this.process = process;
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
    builder.environment().putAll(spec.environment());
    try {
      Files.createDirectories(spec.logFile().getParent());
      builder.redirectOutput(spec.logFile().toFile());
      Process process = builder.start();
      String line = String.join(" ", command);
      log.info(
          "Started the API (pid "
              + process.pid()
              + "): "
              + clip(line)
              + "; its output goes to "
              + spec.logFile());
      log.debug("Full command: " + line);
      return new CommandApi(spec, process, log);
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

  @Override
  public Optional<String> exited() {
    return process.isAlive()
        ? Optional.empty()
        : Optional.of("exited with code " + process.exitValue());
  }

  @Override
  public List<String> logTail(int lines) {
    return LogTail.of(spec.logFile(), lines);
  }

  @Override
  public void close() {
    if (spec.keepRunning()) {
      log.warn(
          "keepRunning is set: the API (pid "
              + process.pid()
              + ") is left running. Stop it with: kill "
              + process.pid());
      guard.release();
      return;
    }
    stopTree();
    guard.release();
  }

  private void stopTree() {
    if (!process.isAlive() && process.descendants().findAny().isEmpty()) {
      return;
    }
    boolean polite = ProcessTree.stop(process.toHandle(), spec.stopGrace());
    log.info(
        polite
            ? "Stopped the API (pid " + process.pid() + ")."
            : "The API (pid "
                + process.pid()
                + ") did not stop within "
                + spec.stopGrace().toSeconds()
                + " s of SIGTERM and was killed.");
  }
}
