package io.github.predcheck.maven;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Words;
import io.github.predcheck.report.SummaryFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build from the verdicts that {@code check} wrote with {@code deferFailure}, after
 * {@code post-integration-test} has torn the environment down. It reads only the verdicts of this
 * module's configured check executions that this build wrote: one left by a removed execution or by
 * yesterday's run can neither fail nor pass the build.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractPredcheckMojo {
  @Parameter(defaultValue = "${project.build.plugins}", readonly = true)
  List<Plugin> buildPlugins;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  PluginDescriptor plugin;

  @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
  Date buildStart;

  @Override
  protected void run(Log log) throws RunException, MojoFailureException {
    Set<String> executions = checkExecutions();
    if (executions.isEmpty()) {
      log.warn(
          "No execution of predcheck's check goal is configured in this module: nothing to"
              + " verify.");
      return;
    }
    List<String> failed = new ArrayList<>();
    int passed = 0;
    for (String id : executions) {
      Path dir = reportDirectory.toPath().resolve(id);
      dir = parsedShard == null ? dir : dir.resolve(parsedShard.folderName());
      SummaryFile.Summary summary;
      try {
        summary = SummaryFile.read(dir, parsedShard);
      } catch (IOException e) {
        throw new RunException(
            "Cannot read the predcheck verdict in " + dir + ": " + e.getMessage(), e);
      }
      if (summary == null || (buildStart != null && summary.writtenAt() < buildStart.getTime())) {
        log.warn(
            "["
                + id
                + "] has no verdict from this build in "
                + dir
                + ": did its check run?"
                + (summary == null ? "" : " The one there is older and is not read."));
        continue;
      }
      switch (summary.verdict()) {
        case FAILED -> failed.add(id + " (" + summary.detail() + ")");
        case SKIPPED -> log.info("[" + id + "] was skipped: " + summary.detail() + ".");
        default -> passed++;
      }
    }
    if (!failed.isEmpty()) {
      throw new MojoFailureException("predcheck checks failed: " + String.join("; ", failed));
    }
    log.info("predcheck: " + Words.count(passed, "verdict") + " of this build passed.");
  }

  /** The ids of this plugin's executions in this module that run the check goal. */
  private Set<String> checkExecutions() {
    Set<String> ids = new LinkedHashSet<>();
    for (Plugin p : buildPlugins == null ? List.<Plugin>of() : buildPlugins) {
      if (!p.getArtifactId().equals(plugin.getArtifactId())
          || !p.getGroupId().equals(plugin.getGroupId())) {
        continue;
      }
      for (PluginExecution e : p.getExecutions()) {
        if (e.getGoals().contains("check")) {
          ids.add(e.getId());
        }
      }
    }
    return ids;
  }
}
