package io.github.predcheck.maven;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Secret;
import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.lifecycle.ComposeSpec;
import io.github.predcheck.lifecycle.ComposeTools;
import io.github.predcheck.run.Shard;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The API lifecycle parameters ({@code command}, {@code compose}) as an {@link ApiSpec}; url mode
 * when neither is set.
 */
final class ApiConfigFactory {
  private ApiConfigFactory() {}

  static ApiSpec api(AbstractApiMojo m, Path executionDir) throws ConfigurationException {
    return api(m, m.command, m.compose, executionDir, "");
  }

  /**
   * A diff's baseline: its own {@code <baseline>} command or compose configuration, else the
   * execution's; its log and compose project named apart from the candidate's, as both may run at
   * once.
   */
  static ApiSpec baseline(AbstractApiMojo m, BaselineParameter b, Path executionDir)
      throws ConfigurationException {
    boolean own = b != null && (b.command != null || b.compose != null);
    return own
        ? api(m, b.command, b.compose, executionDir, "baseline-")
        : api(m, m.command, m.compose, executionDir, "baseline-");
  }

  /**
   * @param prefix of the log file's and the compose project's names
   */
  private static ApiSpec api(
      AbstractApiMojo m,
      CommandParameter command,
      ComposeParameter compose,
      Path executionDir,
      String prefix)
      throws ConfigurationException {
    if (command != null && compose != null) {
      throw new ConfigurationException(
          "Both <command> and <compose> are configured: keep one. <command> starts the API as a process,"
              + " <compose> from compose files; with neither, the API must already run at <endpoint>.");
    }
    Path log = executionDir.resolve(Shard.fileName(m.parsedShard, prefix + "api.log"));
    if (command != null) {
      CommandParameter c = command;
      if (c.executable == null || c.executable.isBlank()) {
        throw new ConfigurationException(
            "<command> has no <executable>, e.g. <executable>java</executable>.");
      }
      noReferences(c.arguments);
      // Checked now, read again where the process starts: Maven passes the references only.
      Secrets.resolve(c.environment, Setting.COMMAND_ENVIRONMENT);
      int grace = c.stopGraceSeconds == null ? 10 : c.stopGraceSeconds;
      File dir = c.workingDirectory == null ? m.basedir : c.workingDirectory;
      return new CommandSpec(
          c.executable,
          c.arguments,
          dir == null ? null : dir.toPath(),
          c.environment,
          log,
          Duration.ofSeconds(grace),
          m.keepRunning);
    }
    if (compose != null) {
      return compose(m, compose, log, prefix);
    }
    return ApiSpec.URL;
  }

  /**
   * Arguments are logged when the API starts and visible in the process list: a secret goes through
   * the environment, where {@code {env:NAME}} is resolved.
   */
  private static void noReferences(List<String> arguments) throws ConfigurationException {
    for (String a : arguments == null ? List.<String>of() : arguments) {
      List<String> names = Secret.references(a);
      if (!names.isEmpty()) {
        String name = names.get(0);
        throw new ConfigurationException(
            "<command><arguments> has {env:"
                + name
                + "} in '"
                + a
                + "': arguments are logged and visible in the process list, so {env:…} is"
                + " resolved in <environment> only. Pass the secret as <environment><"
                + name
                + ">{env:"
                + name
                + "}</"
                + name
                + "></environment> and let the API read it from there.");
      }
    }
  }

  private static ComposeSpec compose(AbstractApiMojo m, ComposeParameter c, Path log, String prefix)
      throws ConfigurationException {
    Secrets.resolve(c.environment, Setting.COMPOSE_ENVIRONMENT);
    List<Path> files = new ArrayList<>();
    if (c.files == null || c.files.isEmpty()) {
      for (String name :
          List.of("docker-compose.yml", "docker-compose.yaml", "compose.yaml", "compose.yml")) {
        File f = new File(m.basedir, name);
        if (f.isFile()) {
          files.add(f.toPath());
          break;
        }
      }
      if (files.isEmpty()) {
        throw new ConfigurationException(
            "<compose> found no docker-compose.yml or compose.yaml in "
                + m.basedir
                + "; name the files with <compose><files><file>…</file></files></compose>.");
      }
    } else {
      for (File f : c.files) {
        if (!f.isFile()) {
          throw new ConfigurationException("<compose><files>: " + f + " does not exist.");
        }
        files.add(f.toPath());
      }
    }
    String project =
        c.projectName != null && !c.projectName.isBlank()
            ? c.projectName
            : ("predcheck-" + m.artifactId + "-" + m.executionId)
                .toLowerCase()
                .replaceAll("[^a-z0-9_-]", "-");
    if (!prefix.isEmpty()) {
      project = prefix + project;
    }
    List<String> services = c.services == null ? List.of() : c.services;
    String portService =
        c.portService != null ? c.portService : (services.isEmpty() ? null : services.get(0));
    List<String> tool =
        m.composeCommand == null || m.composeCommand.isBlank()
            ? null
            : ComposeTools.parse(m.composeCommand);
    return new ComposeSpec(
        files,
        project,
        services,
        c.build,
        c.environment,
        tool,
        portService,
        c.containerPort,
        m.basedir.toPath(),
        log,
        m.keepRunning);
  }
}
