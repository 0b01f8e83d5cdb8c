package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.report.SummaryFile;
import io.github.predcheck.run.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <shard>} as each goal reads it: check's folder, record's refusal, verify's verdict. */
class ShardParameterTest {
  @TempDir Path dir;

  @Test
  void aBadValueNamesTheElementThePropertyAndTheForm() {
    for (String bad : List.of("0/4", "5/4", "2of4", "/4")) {
      CheckMojo mojo = TestMojos.check(dir);
      mojo.shard = bad;
      assertThatThrownBy(mojo::execute)
          .as(bad)
          .isInstanceOf(MojoFailureException.class)
          .hasMessageStartingWith("<shard> (-Dpredcheck.shard) is '" + bad + "': ")
          .hasMessageContaining("/4");
    }
  }

  @Test
  void recordWithAShardIsRefusedOnCheckAndOnTheRecordGoal() throws Exception {
    Files.writeString(dir.resolve("golden.csv"), "id,pred,name\na,1,thickness\n");
    CheckMojo check = TestMojos.check(dir);
    check.shard = "2/3";
    check.record = "all";
    RecordMojo record = new RecordMojo(check.settingsDecrypter);
    record.basedir = check.basedir;
    record.executionId = check.executionId;
    record.golden = check.golden;
    record.samples = check.samples;
    record.reportDirectory = check.reportDirectory;
    record.endpoint = check.endpoint;
    record.requestTimeout = record.healthTimeout = record.healthInterval = 60;
    record.threads = 1;
    record.maxRows = 20;
    record.shard = "2/3";
    record.record = "missing";
    for (AbstractApiMojo mojo : List.of(check, record)) {
      assertThatThrownBy(mojo::execute)
          .isInstanceOf(MojoFailureException.class)
          .hasMessageStartingWith("Recording with <shard> (-Dpredcheck.shard) 2/3 is refused")
          .hasMessageEndingWith(
              "Record in one job without a shard: 'mvn predcheck:record@<execution id>'.");
    }
    assertThat(Files.readString(dir.resolve("golden.csv")))
        .isEqualTo("id,pred,name\na,1,thickness\n");
  }

  @Test
  void aShardsApiLogIsInItsFolderUnderItsName() throws Exception {
    CheckMojo mojo = TestMojos.check(dir);
    mojo.parsedShard = new Shard(2, 4);
    mojo.command = new CommandParameter();
    mojo.command.executable = "java";
    CommandSpec spec = (CommandSpec) ConfigFactory.create(mojo).api();
    assertThat(spec.logFile())
        .isEqualTo(dir.resolve("target/predcheck/thickness/shard-2of4/api-shard2of4.log"));
    assertThat(ConfigFactory.create(mojo).executionDir())
        .isEqualTo(dir.resolve("target/predcheck/thickness/shard-2of4"));
  }

  @Test
  void verifyReadsTheVerdictOfItsShard() throws Exception {
    VerifyMojo verify = new VerifyMojo();
    verify.reportDirectory = dir.toFile();
    PluginDescriptor descriptor = new PluginDescriptor();
    descriptor.setGroupId("io.github.predcheck");
    descriptor.setArtifactId("predcheck-maven-plugin");
    verify.plugin = descriptor;
    Plugin plugin = new Plugin();
    plugin.setGroupId("io.github.predcheck");
    plugin.setArtifactId("predcheck-maven-plugin");
    PluginExecution execution = new PluginExecution();
    execution.setId("thickness");
    execution.addGoal("check");
    plugin.addExecution(execution);
    verify.buildPlugins = List.of(plugin);
    SummaryFile.writeBroken(
        dir.resolve("thickness/shard-2of4"), new Shard(2, 4), "thickness", "exit code 3");
    verify.execute(); // without the shard, there is no verdict of this build: a warning only
    verify.shard = "2/4";
    assertThatThrownBy(verify::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("thickness (the run broke: exit code 3)");
    assertThat(dir.resolve("thickness/shard-2of4/summary-shard2of4.json")).exists();
  }

  @Test
  void aSkippedShardLeavesItsSkippedVerdictWhereVerifyLooks() throws Exception {
    CheckMojo mojo = TestMojos.check(dir);
    mojo.shard = "3/4";
    mojo.skip = true;
    mojo.execute();
    assertThat(
            SummaryFile.read(dir.resolve("target/predcheck/thickness/shard-3of4"), new Shard(3, 4))
                .verdict())
        .isEqualTo(SummaryFile.Verdict.SKIPPED);
  }
}
