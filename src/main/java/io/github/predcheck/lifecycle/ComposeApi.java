package io.github.predcheck.lifecycle;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose mode: {@code up -d}, the published port read back, container exits noticed during the
 * readiness wait, logs kept, and {@code down --volumes --remove-orphans} always.
 */
public final class ComposeApi implements RunningApi {
  private static final Pattern PORT = Pattern.compile(":(\\d+)\\s*$");
  private static final long EXIT_CHECK_NANOS = 2_000_000_000L;

  private final ComposeSpec spec;
  private final ComposeCli cli;
  private final Log log;
  private final Thread shutdownHook;
  private long lastExitCheck;
  private Optional<String> exited = Optional.empty();
  private boolean closed;

  private ComposeApi(ComposeSpec spec, ComposeCli cli, Log log) {
    this.spec = spec;
    this.cli = cli;
    this.log = log;
    this.shutdownHook = new Thread(this::down, "predcheck-compose-down");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  public static ComposeApi start(ComposeSpec spec, Log log) throws PredcheckException {
    List<String> tool =
        spec.composeCommand() != null
            ? spec.composeCommand()
            : ComposeTools.find(spec.environment())
                .orElseThrow(
                    () ->
                        new ConfigurationException(
                            "No compose command found: tried " + ComposeTools.CANDIDATES.stream()
                                .map(c -> String.join(" ", c)).toList()
                                + ". Install Docker Compose or podman-compose, or set <composeCommand>"
                                + " (-Dpredcheck.composeCommand) to the command to use."));
    ComposeCli cli = new ComposeCli(tool, spec.files(), spec.projectName());
    ComposeApi api = new ComposeApi(spec, cli, log);
    List<String> up = cli.up(spec.services(), spec.build());
    log.info("Starting the API: " + String.join(" ", up));
    Exec.Result result;
    try {
      result = Exec.run(up, spec.workingDirectory(), spec.environment(), spec.commandTimeout());
    } catch (IOException e) {
      api.close();
      throw new RunException("Cannot run " + String.join(" ", up) + ": " + e.getMessage(), e);
    }
    if (!result.ok()) {
      api.close();
      throw new RunException(
          String.join(" ", up) + " failed with exit code " + result.exitCode() + ":"
              + LogTail.indent(lastLines(result.output(), 30)));
    }
    return api;
  }

  /** The host port published for the configured service and container port. */
  public int publishedPort() throws PredcheckException {
    if (spec.portService() == null || spec.containerPort() == null) {
      throw new ConfigurationException(
          "{port} in a URL needs <compose><portService>…</portService><containerPort>…</containerPort></compose>"
              + " to know which published port to read back, or write the host port in the URL.");
    }
    List<String> command = cli.port(spec.portService(), spec.containerPort());
    try {
      Exec.Result r = Exec.run(command, spec.workingDirectory(), spec.environment(), spec.commandTimeout());
      for (String line : lastLines(r.output(), 5)) {
        Matcher m = PORT.matcher(line);
        if (r.ok() && m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      throw new RunException(
          String.join(" ", command) + " did not print a published port (exit code " + r.exitCode() + "): "
              + r.output().strip() + ". Publish the port in the compose file, e.g. ports: [\"" + spec.containerPort()
              + "\"].");
    } catch (IOException e) {
      throw new RunException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Optional<String> exited() {
    long now = System.nanoTime();
    if (exited.isPresent() || now - lastExitCheck < EXIT_CHECK_NANOS) {
      return exited;
    }
    lastExitCheck = now;
    try {
      Exec.Result ids = Exec.run(cli.psQuiet(spec.services()), spec.workingDirectory(), spec.environment(),
          spec.commandTimeout());
      List<String> containers = ids.output().lines().map(String::strip).filter(l -> l.matches("[0-9a-f]{12,64}")).toList();
      if (!ids.ok() || containers.isEmpty()) {
        return exited;
      }
      List<String> inspect = new ArrayList<>(List.of(cli.engine(), "inspect", "-f",
          "{{.Name}} {{.State.Status}} {{.State.ExitCode}}"));
      inspect.addAll(containers);
      Exec.Result states = Exec.run(inspect, spec.workingDirectory(), spec.environment(), spec.commandTimeout());
      for (String line : states.output().lines().toList()) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 3 && (parts[1].equals("exited") || parts[1].equals("dead"))) {
          exited = Optional.of("container " + parts[0].replaceFirst("^/", "") + " exited with code " + parts[2]);
        }
      }
    } catch (IOException e) {
      log.debug("Cannot check the containers' state: " + e.getMessage());
    }
    return exited;
  }

  @Override
  public List<String> logTail(int lines) {
    saveLogs();
    return LogTail.of(spec.logFile(), lines);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    saveLogs();
    if (spec.keepRunning()) {
      log.warn("keepRunning is set: the compose project '" + spec.projectName() + "' is left running. Stop it with: "
          + String.join(" ", cli.down()));
    } else {
      down();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private void down() {
    List<String> down = cli.down();
    try {
      Exec.Result r = Exec.run(down, spec.workingDirectory(), spec.environment(), spec.commandTimeout());
      if (r.ok()) {
        log.info("Stopped the API: " + String.join(" ", down));
      } else {
        log.warn(String.join(" ", down) + " failed with exit code " + r.exitCode() + ":"
            + LogTail.indent(lastLines(r.output(), 20)));
      }
    } catch (IOException e) {
      log.warn("Cannot run " + String.join(" ", down) + ": " + e.getMessage());
    }
  }

  private void saveLogs() {
    try {
      Exec.Result r = Exec.run(cli.logs(spec.services()), spec.workingDirectory(), spec.environment(),
          spec.commandTimeout());
      Files.createDirectories(spec.logFile().getParent());
      Files.writeString(spec.logFile(), r.output(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.debug("Cannot save the compose logs: " + e.getMessage());
    }
  }

  private static List<String> lastLines(String text, int n) {
    List<String> lines = text.lines().toList();
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
