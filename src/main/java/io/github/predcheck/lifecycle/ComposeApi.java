package io.github.predcheck.lifecycle;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose mode: {@code up -d}, the published port read back, container exits noticed during the
 * readiness wait, logs kept beside the report, and {@code down --volumes} always.
 */
public final class ComposeApi implements RunningApi {
  private static final Pattern PORT = Pattern.compile(":(\\d+)\\s*$");
  private static final long EXIT_CHECK_NANOS = 1_000_000_000L;

  /** A compose command that takes longer (a slow image build) is stopped and reported. */
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);

  private final ComposeSpec spec;
  private final ComposeCli cli;
  private final Log log;
  private final ShutdownGuard guard;

  /** The environment's secrets: compose output and container logs may echo them. */
  private final Secrets secrets;

  private long lastExitCheck;
  private Optional<String> exited = Optional.empty();
  private boolean closed;

  private ComposeApi(ComposeSpec spec, ComposeCli cli, Log log) {
    this.spec = spec;
    this.cli = cli;
    this.log = log;
    this.secrets = spec.resolvedEnvironment();
    this.guard = new ShutdownGuard("predcheck-compose-down", this::down);
  }

  public static ComposeApi start(ComposeSpec spec, Log log) throws PredcheckException {
    List<String> tool = spec.composeCommand() != null ? spec.composeCommand() : detect(spec, log);
    ComposeApi api =
        new ComposeApi(spec, new ComposeCli(tool, spec.files(), spec.projectName()), log);
    List<String> up = api.cli.up(spec.services(), spec.build());
    log.info("Starting the API: " + String.join(" ", up));
    try {
      Exec.Result result = api.exec(up);
      if (!result.ok()) {
        throw new RunException(
            String.join(" ", up)
                + " failed with exit code "
                + result.exitCode()
                + ":"
                + LogTail.indent(api.secrets.mask(LogTail.last(result.output(), 30))));
      }
      log.debug(api.secrets.mask(result.output()));
    } catch (IOException e) {
      api.close();
      throw new RunException("Cannot run " + String.join(" ", up) + ": " + e.getMessage(), e);
    } catch (RunException e) {
      api.close();
      throw e;
    }
    return api;
  }

  private static List<String> detect(ComposeSpec spec, Log log) throws ConfigurationException {
    List<String> tool =
        ComposeTools.find(spec.resolvedEnvironment().reveal())
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "No working compose command: tried "
                            + String.join(
                                ", ",
                                ComposeTools.CANDIDATES.stream()
                                    .map(c -> String.join(" ", c))
                                    .toList())
                            + " (docker's only with a Docker engine that answers). Install Docker with Compose, or podman and"
                            + " podman-compose, or set "
                            + Setting.COMPOSE_COMMAND
                            + " to the command to use."));
    log.info("Using compose command: " + String.join(" ", tool));
    return tool;
  }

  /** The host port published for the configured service and container port. */
  public int publishedPort() throws PredcheckException {
    if (spec.portService() == null || spec.containerPort() == null) {
      throw new ConfigurationException(
          "{port} in a URL needs "
              + Setting.COMPOSE_SERVICES
              + " and "
              + Setting.COMPOSE_CONTAINER_PORT
              + " to know which published port to read back, or write the host port in the URL.");
    }
    try {
      List<String> ids = ids(spec.portService());
      if (ids.isEmpty()) {
        throw new RunException(
            "No container of service '"
                + spec.portService()
                + "' in compose project '"
                + spec.projectName()
                + "'. Check "
                + Setting.COMPOSE_PORT_SERVICE
                + " against the compose file's services."
                + tail());
      }
      List<String> command = cli.port(ids.get(0), spec.containerPort());
      Exec.Result r = exec(command);
      if (r.output().isBlank() && exitedNow().isPresent()) {
        // An exited container publishes nothing: say why, not that the port is missing.
        throw new RunException("The API " + exited.get() + " before it was ready." + tail());
      }
      for (String line : r.output().lines().toList()) {
        Matcher m = PORT.matcher(line.strip());
        if (r.ok() && m.find()) {
          log.info(
              "Service '"
                  + spec.portService()
                  + "' publishes container port "
                  + spec.containerPort()
                  + " on host port "
                  + m.group(1)
                  + ".");
          return Integer.parseInt(m.group(1));
        }
      }
      throw new RunException(
          String.join(" ", command)
              + " printed no published port (exit code "
              + r.exitCode()
              + "): "
              + secrets.mask(r.output().strip())
              + ". Publish it in the compose file, e.g. ports: [\"127.0.0.1::"
              + spec.containerPort()
              + "\"]."
              + tail());
    } catch (IOException e) {
      throw new RunException("Cannot read the published port: " + e.getMessage(), e);
    }
  }

  private synchronized Optional<String> exitedNow() {
    lastExitCheck = 0;
    return exited();
  }

  @Override
  public synchronized Optional<String> exited() {
    long now = System.nanoTime();
    if (exited.isPresent() || (lastExitCheck != 0 && now - lastExitCheck < EXIT_CHECK_NANOS)) {
      return exited;
    }
    lastExitCheck = now;
    try {
      List<String> ids = ids(null);
      if (ids.isEmpty()) {
        return exited;
      }
      Exec.Result states = exec(cli.states(ids));
      for (String line : states.output().lines().toList()) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 3 && (parts[1].equals("exited") || parts[1].equals("dead"))) {
          exited =
              Optional.of(
                  "container " + parts[0].replaceFirst("^/", "") + " exited with code " + parts[2]);
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
      log.warn(
          "keepRunning is set: compose project '"
              + spec.projectName()
              + "' is left running. Stop it with: "
              + String.join(" ", cli.down()));
    } else {
      down();
    }
    guard.release();
  }

  private void down() {
    List<String> down = cli.down();
    try {
      Exec.Result r = exec(down);
      if (r.ok()) {
        log.info("Stopped the API: " + String.join(" ", down));
      } else {
        log.warn(
            String.join(" ", down)
                + " failed with exit code "
                + r.exitCode()
                + ":"
                + LogTail.indent(secrets.mask(LogTail.last(r.output(), 20))));
      }
      if (cli.isPodmanCompose()) {
        exec(cli.removeLeftoverNetwork());
      }
    } catch (IOException e) {
      log.warn("Cannot run " + String.join(" ", down) + ": " + e.getMessage());
    }
  }

  /** Writes every container's log, each line prefixed with its service, beside the report. */
  private void saveLogs() {
    try {
      StringBuilder all = new StringBuilder();
      for (String id : ids(null)) {
        Exec.Result r = exec(cli.logs(id));
        String name = id.length() > 12 ? id.substring(0, 12) : id;
        r.output()
            .lines()
            .forEach(l -> all.append(name).append(" | ").append(secrets.mask(l)).append('\n'));
      }
      Files.createDirectories(spec.logFile().getParent());
      Files.writeString(spec.logFile(), all.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.debug("Cannot save the compose logs: " + e.getMessage());
    }
  }

  private List<String> ids(String service) throws IOException {
    Exec.Result r = exec(cli.containers(service));
    return r.ok()
        ? r.output().lines().map(String::strip).filter(l -> l.matches("[0-9a-f]{12,64}")).toList()
        : List.of();
  }

  private String tail() {
    List<String> lines = logTail(20);
    return lines.isEmpty() ? "" : "\n  Last lines of the containers' logs:" + LogTail.indent(lines);
  }

  private Exec.Result exec(List<String> command) throws IOException {
    return Exec.run(command, spec.workingDirectory(), secrets.reveal(), COMMAND_TIMEOUT);
  }
}
