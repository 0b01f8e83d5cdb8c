package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.compare.JsonRules;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.golden.json.JsonGoldenSpec;
import io.github.predcheck.golden.json.JsonGoldens;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.report.Reports;
import io.github.predcheck.report.ShardMerge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shard checks its samples against the real demo model server; together they check all. */
class ShardCheckTest {
  /** Shards of 3: ABC-01/RT-1 is 2, XYZ-02/RT-1 is 1, KLM-03/RT-1 is 3; of 4, shard 1 is empty. */
  private static final String GOLDEN =
      """
      図面_id,pred,name
      WA-20220616-ABC-01/RT-1,8.383764266967773,thickness
      WA-20220616-ABC-01/RT-1,92.0,width
      WA-20220618-KLM-03/RT-1,13.264928817749023,thickness
      """;

  private static DemoModelServer server;

  @TempDir Path dir;
  final List<String> logged = new CopyOnWriteArrayList<>();
  final Log log =
      Log.mapped(
          Log.SILENT,
          m -> {
            logged.add(m);
            return m;
          });

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
    CheckTest.copyDemoSamples(
        dir, "WA-20220616-ABC-01/RT-1", "WA-20220617-XYZ-02/RT-1", "WA-20220618-KLM-03/RT-1");
    Files.writeString(dir.resolve("golden.csv"), GOLDEN);
  }

  private CheckConfig config(String url, Shard shard) {
    return TestConfigs.sharded(
        dir, new RequestSpec(url, null, Map.of(), Duration.ofSeconds(10), 1), shard);
  }

  private CheckConfig config(Shard shard) {
    return config(server.url() + "/predictions/drawing", shard);
  }

  @Test
  void theShardsTogetherGiveWhatOneRunGives() throws Exception {
    CheckResult whole = CheckRun.run(config(null), log);
    List<SampleResult> union = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      CheckResult part = CheckRun.run(config(new Shard(i, 3)), log);
      assertThat(part.sampleResults()).as("shard " + i).hasSize(1);
      union.addAll(part.sampleResults());
    }
    assertThat(union).containsExactlyInAnyOrderElementsOf(whole.sampleResults());
    assertThat(whole.samples()).isEqualTo(3);
    // The new sample file (XYZ-02) is shard 1's, though it has no goldens.
    assertThat(CheckRun.run(config(new Shard(1, 3)), log).newSamples())
        .containsExactly("WA-20220617-XYZ-02/RT-1");
    assertThat(logged)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "Checking shard 2/3 (1 sample) of 2 samples (3 golden values from"
                            + " golden.csv) and 1 new sample against "));
  }

  @Test
  void jsonGoldensShardedAndMergedGiveOneJobsObtainedDocuments() throws Exception {
    Path mapping = dir.resolve("expected.json");
    Files.writeString(
        mapping,
        """
        {"WA-20220616-ABC-01/RT-1": {"thickness": 8.383764266967773, "width": 92.0},
         "WA-20220618-KLM-03/RT-1": {"thickness": 13.264928817749023, "width": 139.91720581054688}}
        """);
    JsonGoldens golden =
        JsonGoldens.read(
            new JsonGoldenSpec(
                mapping, new JsonRules(List.of(), Tolerance.DEFAULT, List.of(), List.of())));
    CheckResult whole = CheckRun.run(config(null), golden, log);
    for (int i = 1; i <= 3; i++) {
      CheckConfig shard = config(new Shard(i, 3));
      CheckResult part = CheckRun.run(shard, golden, log);
      Reports.write(part, shard.executionDir(), shard.shard(), true, 20, false, Log.SILENT);
    }
    CheckResult merged = ShardMerge.merge(dir.resolve("reports"), "t", golden, Log.SILENT);
    assertThat(merged.sampleResults()).isEqualTo(whole.sampleResults());
    assertThat(golden.obtained(merged.sampleResults()))
        .isEqualTo(golden.obtained(whole.sampleResults()))
        .contains("\"width\" : 92.00370025634766");
  }

  @Test
  void anEmptyShardPassesSaysSoAndStartsNoApi() throws Exception {
    // Nothing listens there: a shard that sent anything would have errors.
    CheckResult r =
        CheckRun.run(config("http://127.0.0.1:9/predictions/drawing", new Shard(1, 4)), log);
    assertThat(r.samples()).isZero();
    assertThat(r.failed(true)).isFalse();
    assertThat(logged)
        .containsExactly(
            "Nothing to check in shard 1/4 (0 samples) of 2 samples (3 golden values from"
                + " golden.csv) and 1 new sample: an empty shard passes.");
  }

  @Test
  void theShardsReportsGoToTheirOwnFolder() {
    assertThat(config(new Shard(2, 4)).executionDir())
        .isEqualTo(dir.resolve("reports/t/shard-2of4"));
    assertThat(config(null).executionDir()).isEqualTo(dir.resolve("reports/t"));
  }

  @Test
  void recordRefusesAShardAndWritesNothing() throws Exception {
    for (RecordMode mode : RecordMode.values()) {
      assertThatThrownBy(() -> RecordRun.run(config(new Shard(2, 3)), mode, log))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("Recording with " + Setting.SHARD + " 2/3 is refused")
          .hasMessageContaining("would lose what the others recorded")
          .hasMessageContaining("Record in one job without a shard: " + Setting.RECORD_GOAL);
    }
    assertThat(Files.readString(dir.resolve("golden.csv"))).isEqualTo(GOLDEN);
    assertThat(logged).isEmpty();
  }
}
