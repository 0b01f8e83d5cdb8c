package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.demo.DemoModelServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three shard jobs against the real demo server, then the report goal, as CI runs them. */
class ReportMojoTest {
  private static final Path DEMO_SAMPLES = Path.of("src/it/demo/src/test/predcheck/samples");
  private static DemoModelServer server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    server = DemoModelServer.start(0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void project() throws Exception {
    // One row diverges (13.3); WA-20220620-DEF-05/RT-2 has no rows: NEW.
    String golden =
        Files.readString(DEMO_SAMPLES.resolve("../golden.csv"))
            .replace("13.264928817749023,thickness", "13.3,thickness")
            .replaceAll("WA-20220620-DEF-05/RT-2,[^\\n]*\\n", "");
    Files.writeString(dir.resolve("golden.csv"), golden);
  }

  private CheckMojo check(String shard, String reportDirectory) {
    CheckMojo mojo = TestMojos.check(dir);
    mojo.samples = DEMO_SAMPLES.toFile();
    mojo.endpoint = server.url() + "/predictions/drawing";
    mojo.executionId = "drawing";
    mojo.failOnNew = true;
    mojo.shard = shard;
    mojo.reportDirectory = dir.resolve(reportDirectory).toFile();
    return mojo;
  }

  private ReportMojo report() {
    ReportMojo mojo = new ReportMojo();
    mojo.basedir = dir.toFile();
    mojo.executionId = "drawing";
    mojo.golden = dir.resolve("golden.csv").toFile();
    mojo.reportDirectory = dir.resolve("target/predcheck").toFile();
    mojo.shardResults = dir.resolve("target/predcheck").toFile();
    mojo.maxRows = 20;
    mojo.failOnNew = true;
    return mojo;
  }

  @Test
  void theMergeFailsAsTheOneJobDoesWithTheSameReports() throws Exception {
    String oneJob = failure(check(null, "one-job"));
    for (int i = 1; i <= 3; i++) {
      try {
        check(i + "/3", "target/predcheck").execute();
      } catch (MojoFailureException shardFailed) {
        // each shard fails or passes on its own samples; the merge decides for all
      }
    }
    // The merge calls no API: no endpoint, command or secret needed.
    String merged = failure(report());
    assertThat(merged)
        .isEqualTo(
            oneJob.replace(
                dir.resolve("one-job").toString(), dir.resolve("target/predcheck").toString()))
        .contains("1 diverged, 0 errors, 1 new sample without golden rows");
    Path one = dir.resolve("one-job/drawing");
    Path fromShards = dir.resolve("target/predcheck/drawing");
    assertThat(fromShards.resolve("obtained.csv"))
        .hasSameTextualContentAs(one.resolve("obtained.csv"));
    assertThat(Files.readAllLines(fromShards.resolve("results-drawing.jsonl")).subList(1, 9))
        .isEqualTo(Files.readAllLines(one.resolve("results-drawing.jsonl")).subList(1, 9));
  }

  @Test
  void aShardIsRefusedAndNoShardResultsAreAnError() {
    ReportMojo mojo = report();
    mojo.shard = "1/3";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("The report goal merges every shard, so <shard> (-Dpredcheck.shard)");
    ReportMojo none = report();
    assertThatThrownBy(none::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is no folder")
        .hasMessageContaining("<shardResults> (-Dpredcheck.shardResults)");
  }

  private static String failure(AbstractPredcheckMojo mojo) {
    try {
      mojo.execute();
    } catch (MojoFailureException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the build passed");
  }
}
