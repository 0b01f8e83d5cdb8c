package io.github.predcheck.baseline;

import io.github.predcheck.changes.ChangedPaths;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.lifecycle.ComposeSpec;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The API configuration that starts the baseline from its old tree. Only where the API is built and
 * run moves there (the command's working directory; the compose files and their working directory,
 * which hold the build contexts); samples, goldens, logs and reports stay in the current tree.
 */
public final class BaselineApi {
  private BaselineApi() {}

  /**
   * {@code spec} with its working directory and compose files in {@code tree}.
   *
   * @throws ConfigurationException when the spec starts nothing (an API already running at a URL
   *     cannot be the old commit's), or when a moved file or folder is not in the old commit
   */
  public static ApiSpec relocate(ApiSpec spec, BaselineTree tree) throws ConfigurationException {
    if (spec instanceof CommandSpec c) {
      Path dir = c.workingDirectory() == null ? tree.projectDir() : c.workingDirectory();
      warnOfCurrentPaths(c, tree);
      return new CommandSpec(
          c.executable(),
          c.arguments(),
          moved(dir, tree, Setting.COMMAND, "working directory"),
          c.environment(),
          c.logFile(),
          c.stopGrace(),
          c.keepRunning());
    }
    if (spec instanceof ComposeSpec c) {
      List<Path> files = new ArrayList<>();
      for (Path f : c.files()) {
        files.add(moved(f, tree, Setting.COMPOSE, "file"));
      }
      Path dir = c.workingDirectory() == null ? tree.projectDir() : c.workingDirectory();
      return new ComposeSpec(
          files,
          c.projectName(),
          c.services(),
          c.build(),
          c.environment(),
          c.composeCommand(),
          c.portService(),
          c.containerPort(),
          moved(dir, tree, Setting.COMPOSE, "working directory"),
          c.logFile(),
          c.keepRunning());
    }
    throw new ConfigurationException(
        Setting.BASELINE_REF
            + " starts the baseline API from the tree of "
            + tree.describe()
            + ", so it needs a "
            + Setting.COMMAND
            + " or "
            + Setting.COMPOSE
            + " configuration to start it with, the execution's or "
            + Setting.BASELINE
            + "'s; this execution only calls an API that is already running. Configure one, or"
            + " compare with a deployed API through "
            + Setting.BASELINE_URL
            + ".");
  }

  /** The path in the old tree, which must hold it. */
  private static Path moved(Path current, BaselineTree tree, Setting setting, String what)
      throws ConfigurationException {
    Path old;
    try {
      old = tree.relocate(current);
    } catch (ConfigurationException e) {
      throw new ConfigurationException(setting + " " + what + ": " + e.getMessage(), e);
    }
    if (!Files.exists(old)) {
      throw new ConfigurationException(
          setting
              + " "
              + what
              + " "
              + tree.root().relativize(old)
              + " is not in "
              + tree.describe()
              + ". Files ignored by git (built jars, model weights, .env) and files added since are"
              + " not in that commit, so the baseline must build what it needs (a build section in"
              + " the compose file, or a build step in its command). Commit the file to the"
              + " baseline's branch, or give the baseline its own configuration in "
              + Setting.BASELINE
              + ".");
    }
    return old;
  }

  /**
   * An absolute path into the current tree in the command line does not move: the baseline would
   * run the current file, and a diff of the current API with itself finds nothing.
   */
  private static void warnOfCurrentPaths(CommandSpec c, BaselineTree tree) {
    List<String> words = new ArrayList<>(c.arguments());
    words.add(0, c.executable());
    for (String word : words) {
      String path = word.substring(word.indexOf('=') + 1);
      if (isAbsoluteIn(path, tree.currentTop())) {
        tree.log()
            .warn(
                Setting.COMMAND
                    + " has '"
                    + word
                    + "', a path in the current tree: the baseline "
                    + tree.describe()
                    + " runs the current file, not its own. Write it relative to the working"
                    + " directory, which moves into the baseline's tree.");
      }
    }
  }

  private static boolean isAbsoluteIn(String text, Path top) {
    try {
      Path p = Path.of(text);
      return p.isAbsolute() && ChangedPaths.inside(top, p) != null;
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
