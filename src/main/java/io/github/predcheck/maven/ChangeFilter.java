package io.github.predcheck.maven;

import io.github.predcheck.changes.ChangedPaths;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * changedSince for one check execution: the paths that count, in the pom's terms, handed to the
 * core's {@link ChangedPaths}.
 */
final class ChangeFilter {
  private ChangeFilter() {}

  /** Why the check is skipped, in the pom's words; null when something relevant changed. */
  static String skipReason(CheckMojo m, Log log) throws PredcheckException {
    List<Path> chosen =
        m.paths == null || m.paths.isEmpty()
            ? List.of(m.basedir.toPath())
            : m.paths.stream().map(File::toPath).toList();
    List<Path> implied = new ArrayList<>(poms(m));
    implied.add(m.samples.toPath());
    implied.add(m.golden.toPath());
    if (m.goldenJson != null) {
      implied.add(m.goldenJson.toPath());
    }
    List<Path> ignored = new ArrayList<>(List.of(m.reportDirectory.toPath()));
    if (m.buildDirectory != null) {
      ignored.add(m.buildDirectory.toPath());
    }
    ChangedPaths.Changes changes =
        new ChangedPaths(m.basedir.toPath())
            .since(
                m.changedSince.strip(),
                chosen,
                implied,
                m.alwaysRelevant == null ? List.of() : m.alwaysRelevant,
                ignored);
    if (changes.any()) {
      log.info("predcheck [" + m.executionId() + "] runs: " + changes.runReason() + ".");
      return null;
    }
    return PomNames.render(changes.skipReason());
  }

  /**
   * The module's pom and every parent pom read from a file: a change to a parent's plugin
   * configuration or properties can change any module's check. A parent resolved from a repository
   * has no file, and is no part of this work tree; the core leaves out files outside it.
   */
  private static List<Path> poms(CheckMojo m) {
    List<Path> poms = new ArrayList<>();
    if (m.project == null) {
      poms.add(m.basedir.toPath().resolve("pom.xml"));
      return poms;
    }
    for (MavenProject p = m.project; p != null && p.getFile() != null; p = p.getParent()) {
      poms.add(p.getFile().toPath());
    }
    return poms;
  }
}
