package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Log;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.http.RequestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core end to end against the real demo model server, in process. */
class CheckTest {
  static final Path DEMO_SAMPLES = Path.of("src/it/demo/src/test/predcheck/samples");
  private static DemoModelServer server;

  @TempDir Path dir;
  Path samples;

  @BeforeAll
  static void startServer() throws Exception {
    server = DemoModelServer.start(0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void copySamples() throws Exception {
    samples =
        copyDemoSamples(
            dir, "WA-20220616-ABC-01/RT-1", "WA-20220617-XYZ-02/RT-1", "WA-20220618-KLM-03/RT-1");
  }

  static Path copyDemoSamples(Path dir, String... ids) throws Exception {
    Path samples = dir.resolve("samples");
    for (String id : ids) {
      Path target = samples.resolve(id + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(DEMO_SAMPLES.resolve(id + ".png"), target);
    }
    return samples;
  }

  static CheckConfig config(
      Path dir, Path samples, String url, List<OutputSpec> outputs, Columns columns) {
    RequestSpec request = new RequestSpec(url, null, Map.of(), Duration.ofSeconds(10), 2);
    return TestConfigs.of(dir, samples, request, outputs, columns);
  }

  private CheckConfig config(String model, String golden, List<OutputSpec> outputs, Columns columns)
      throws Exception {
    Files.writeString(dir.resolve("golden.csv"), golden);
    return config(dir, samples, server.url() + "/predictions/" + model, outputs, columns);
  }

  private static List<ValueResult> known(CheckResult r) {
    return r.sampleResults().stream()
        .filter(SampleResult::known)
        .flatMap(s -> s.values().stream())
        .toList();
  }

  @Test
  void passesDivergesAndReportsNewAndMissingSamples() throws Exception {
    Files.copy(DEMO_SAMPLES.resolve("WA-20220619-PQR-04/RT-1.png"), samples.resolve("extra.png"));
    String golden =
        """
        図面_id,pred,name
        WA-20220616-ABC-01/RT-1,8.383764266967773,thickness
        WA-20220616-ABC-01/RT-1,92.0,width
        WA-20220617-XYZ-02/RT-1,steel,material
        WA-20220618-KLM-03/RT-1,13.264928817749023,thickness
        gone/RT-1,1.0,thickness
        """;
    CheckResult r = CheckRun.run(config("drawing", golden, List.of(), Columns.DEFAULT), Log.SILENT);
    assertThat(known(r))
        .extracting(ValueResult::status)
        .containsExactly(Status.PASS, Status.DIVERGED, Status.PASS, Status.PASS, Status.ERROR);
    assertThat(known(r).get(1).actual()).isEqualTo("92.00370025634766");
    assertThat(known(r).get(4).message()).contains("no sample file for id 'gone/RT-1'");
    assertThat(r.newSamples()).containsExactly("extra");
    assertThat(r.newResults())
        .extracting(ValueResult::output)
        .containsExactly("thickness", "width", "material");
    assertThat(r.failed(true)).isTrue();
    String obtained = r.golden().obtained(r.sampleResults());
    assertThat(obtained)
        .startsWith(
            "図面_id,pred,name\nWA-20220616-ABC-01/RT-1,8.383764266967773,thickness\n"
                + "WA-20220616-ABC-01/RT-1,92.00370025634766,width\n");
    assertThat(obtained)
        .contains("\ngone/RT-1,1.0,thickness\n")
        .contains("\nextra,10.552165985107422,thickness\n");
  }

  @Test
  void aBareNumberResponseServesTheSingleOutput() throws Exception {
    String golden =
        "drawing,value\nWA-20220616-ABC-01/RT-1,8.383764266967773\nWA-20220617-XYZ-02/RT-1,7.9\n";
    CheckResult r =
        CheckRun.run(
            config(
                "thickness",
                golden,
                List.of(new OutputSpec("thickness", null, Tolerance.DEFAULT)),
                new Columns(null, "value", null)),
            Log.SILENT);
    assertThat(known(r))
        .extracting(ValueResult::status)
        .containsExactly(Status.PASS, Status.DIVERGED);
    assertThat(r.newSamples()).containsExactly("WA-20220618-KLM-03/RT-1");
  }

  @Test
  void httpErrorsAreErrorsInTheApisOwnWords() throws Exception {
    String golden =
        "id,pred,name\nWA-20220616-ABC-01/RT-1,1,thickness\nWA-20220617-XYZ-02/RT-1,1,thickness\n";
    CheckResult r = CheckRun.run(config("nope", golden, List.of(), Columns.DEFAULT), Log.SILENT);
    assertThat(r.count(Status.PASS)).isZero();
    assertThat(r.errorsByCause())
        .containsOnlyKeys("HTTP 404 ModelNotFoundException: Model not found: nope");
  }
}
