package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.report.SummaryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify decides from this build's verdicts of this module's check executions, and only those. */
class VerifyMojoTest {
  @TempDir Path dir;
  VerifyMojo mojo;

  @BeforeEach
  void module() {
    mojo = new VerifyMojo();
    mojo.reportDirectory = dir.toFile();
    PluginDescriptor descriptor = new PluginDescriptor();
    descriptor.setGroupId("io.github.predcheck");
    descriptor.setArtifactId("predcheck-maven-plugin");
    mojo.plugin = descriptor;
    Plugin plugin = new Plugin();
    plugin.setGroupId("io.github.predcheck");
    plugin.setArtifactId("predcheck-maven-plugin");
    plugin.addExecution(execution("thickness", "check"));
    plugin.addExecution(execution("parts", "check"));
    plugin.addExecution(execution("gate", "verify"));
    Plugin other = new Plugin();
    other.setGroupId("org.example");
    other.setArtifactId("predcheck-maven-plugin");
    other.addExecution(execution("foreign", "check"));
    mojo.buildPlugins = List.of(other, plugin);
  }

  private static PluginExecution execution(String id, String goal) {
    PluginExecution e = new PluginExecution();
    e.setId(id);
    e.addGoal(goal);
    return e;
  }

  private void buildStartsNow() throws Exception {
    Thread.sleep(5);
    mojo.buildStart = new Date();
    Thread.sleep(5);
  }

  @Test
  void aFailedVerdictOfThisBuildFailsIt() throws Exception {
    buildStartsNow();
    SummaryFile.writeBroken(dir.resolve("thickness"), "thickness", "the API exited with code 3");
    SummaryFile.writeSkipped(dir.resolve("parts"), "parts", "property predcheck.skip is set");
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("thickness (the run broke: the API exited with code 3)")
        .hasMessageNotContaining("parts");
  }

  @Test
  void anOlderVerdictNeitherFailsNorPasses() throws Exception {
    SummaryFile.writeBroken(dir.resolve("thickness"), "thickness", "yesterday's failure");
    buildStartsNow();
    SummaryFile.writeSkipped(dir.resolve("parts"), "parts", "skipped");
    mojo.execute();
  }

  @Test
  void aRemovedExecutionOrAnotherPluginsIsNotRead() throws Exception {
    buildStartsNow();
    for (String id : List.of("removed", "foreign", "gate")) {
      SummaryFile.writeBroken(dir.resolve(id), id, "not ours");
    }
    mojo.execute();
    SummaryFile.writeBroken(dir.resolve("parts"), "parts", "ours");
    assertThatThrownBy(() -> mojo.execute()).hasMessageContaining("parts (the run broke: ours)");
  }

  @Test
  void skippedVerifyReadsNothing() throws Exception {
    buildStartsNow();
    SummaryFile.writeBroken(dir.resolve("parts"), "parts", "ours");
    mojo.skip = true;
    mojo.execute();
    assertThat(Files.exists(dir.resolve("parts/summary.json"))).isTrue();
  }
}
