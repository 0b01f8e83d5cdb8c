package io.github.predcheck.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.demo.NoisyDemoServer;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.http.LoopbackServer;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.Readiness;
import io.github.predcheck.run.CheckConfig;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.CheckRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration end to end against the demo model server, in process, noisy and not. */
class CalibrationRunTest {
  private static final Path DEMO = Path.of("src/it/demo/src/test/predcheck");

  @TempDir Path dir;
  private final List<String> infos = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private CheckConfig config(String url, int threads, List<OutputSpec> outputs) {
    return new CheckConfig(
        "drawing",
        DEMO.resolve("golden.csv"),
        Columns.DEFAULT,
        DEMO.resolve("samples"),
        new RequestSpec(url, null, Map.of(), Duration.ofSeconds(20), threads),
        outputs,
        Tolerance.DEFAULT,
        Readiness.NONE,
        ApiSpec.URL,
        dir.resolve("reports"),
        null,
        null,
        null);
  }

  private static String endpoint(DemoModelServer server) {
    return server.url() + "/predictions/drawing";
  }

  @Test
  void proposesATolerancePerOutputThatMakesTheCheckPassAgainstTheNoisyServer() throws Exception {
    try (DemoModelServer noisy = NoisyDemoServer.start(3e-5, 1, 0)) {
      CheckConfig config = config(endpoint(noisy), 2, List.of());
      Calibration c = CalibrationRun.run(config, 5, 10, log());
      assertThat(c.proposals()).extracting(Proposal::group).containsExactly("thickness", "width");
      List<OutputSpec> proposed = new ArrayList<>();
      for (Proposal p : c.proposals()) {
        assertThat(p.choice()).isEqualTo(Proposal.Choice.RELATIVE);
        // float32 answers noisy by up to 3e-5 each: two calls differ by up to about 6e-5.
        assertThat(p.relativeSpread()).isBetween(1e-5, 6.1e-5);
        assertThat(p.values()).isEqualTo(8 * 4);
        assertThat(p.proposed().relative())
            .isGreaterThanOrEqualTo(10 * p.relativeSpread())
            .isLessThan(20 * p.relativeSpread());
        assertThat(p.proposed().absolute()).isEqualTo(1e-8);
        proposed.add(new OutputSpec(p.group(), null, p.proposed()));
      }
      assertThat(c.goldensOutside()).isEmpty();
      // The goldens were recorded without noise: the default tolerance fails, the proposed passes.
      CheckResult withDefault = CheckRun.run(config(endpoint(noisy), 1, List.of()), log());
      assertThat(withDefault.count(Status.DIVERGED)).isPositive();
      CheckResult withProposed = CheckRun.run(config(endpoint(noisy), 1, proposed), log());
      assertThat(withProposed.count(Status.PASS)).isEqualTo(16);
    }
  }

  @Test
  void aDeterministicServerIsReportedAsSuch() throws Exception {
    try (DemoModelServer exact = DemoModelServer.start(0)) {
      Calibration c = CalibrationRun.run(config(endpoint(exact), 2, List.of()), 3, 10, log());
      assertThat(c.proposals())
          .allSatisfy(
              p -> {
                assertThat(p.choice()).isEqualTo(Proposal.Choice.DETERMINISTIC);
                assertThat(p.absoluteSpread()).isZero();
                assertThat(p.proposed()).isEqualTo(Tolerance.DEFAULT);
              });
      CalibrationReport.print(c, log());
      assertThat(String.join("\n", infos)).contains("deterministic: every call answered");
      Path json = CalibrationReport.write(c, dir);
      assertThat(Files.readString(json)).contains("\"deterministic\" : true");
    }
  }

  @Test
  void warnsOncePerOutputWhenGoldensSitOutsideTheSpread() throws Exception {
    // As if the goldens had been recorded before a change that moved every prediction by 0.1 %.
    try (DemoModelServer shifted = NoisyDemoServer.start(3e-5, 1, 1e-3)) {
      Calibration c = CalibrationRun.run(config(endpoint(shifted), 1, List.of()), 3, 10, log());
      assertThat(c.goldensOutside())
          .extracting(GoldenDrift.Outside::group, GoldenDrift.Outside::count)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("thickness", 8),
              org.assertj.core.groups.Tuple.tuple("width", 8));
      CalibrationReport.print(c, log());
      assertThat(warnings).hasSize(2);
      assertThat(Setting.plain(warnings.get(0)))
          .contains("[drawing] 8 golden values of thickness differ")
          .contains("RECORD_GOAL");
    }
  }

  @Test
  void sendsEveryFirstCallAloneAndTheLaterOnesAtTheConfiguredConcurrency() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();
    int[] most = new int[2]; // [first calls, later calls]
    try (LoopbackServer server = new LoopbackServer()) {
      server.on(
          "/predict",
          exchange -> {
            int n = requests.incrementAndGet();
            int now = inFlight.incrementAndGet();
            synchronized (most) {
              int phase = n <= 8 ? 0 : 1;
              most[phase] = Math.max(most[phase], now);
            }
            try {
              Thread.sleep(30);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            LoopbackServer.send(exchange, 200, "{\"thickness\": 1.5, \"width\": 2.5}");
          });
      Calibration c =
          CalibrationRun.run(config(server.url() + "/predict", 4, List.of()), 3, 10, log());
      assertThat(requests.get()).isEqualTo(8 * 3);
      assertThat(most[0]).isEqualTo(1);
      assertThat(most[1]).isGreaterThan(1);
      assertThat(c.threads()).isEqualTo(4);
    }
  }

  @Test
  void aJsonFormGroupsValuesByPathAndGivesValuesNearZeroAnAbsoluteTolerance() throws Exception {
    Path samples = dir.resolve("samples");
    Files.createDirectories(samples);
    for (String id : List.of("a", "b", "c")) {
      Files.writeString(samples.resolve(id + ".txt"), id);
    }
    java.util.Random random = new java.util.Random(7);
    try (LoopbackServer server = new LoopbackServer()) {
      server.on(
          "/predict",
          exchange -> {
            double u;
            double w;
            synchronized (random) {
              u = random.nextDouble() * 2 - 1;
              w = random.nextDouble() * 2 - 1;
            }
            LoopbackServer.send(
                exchange,
                200,
                "{\"detections\": [{\"label\": \"cat\", \"score\": "
                    + 0.8 * (1 + 1e-4 * u)
                    + "}, {\"label\": \"dog\", \"score\": "
                    + 0.1 * (1 + 1e-4 * w)
                    + "}], \"offset\": "
                    + 1e-6 * u
                    + "}");
          });
      CheckConfig json =
          new CheckConfig(
              "boxes",
              dir.resolve("golden.csv"),
              Columns.DEFAULT,
              samples,
              new RequestSpec(server.url() + "/predict", null, Map.of(), Duration.ofSeconds(20), 2),
              List.of(),
              Tolerance.DEFAULT,
              Readiness.NONE,
              ApiSpec.URL,
              dir.resolve("reports"),
              new io.github.predcheck.golden.json.JsonGoldenSpec(
                  dir.resolve("expected"),
                  new io.github.predcheck.compare.JsonRules(
                      List.of(), Tolerance.DEFAULT, List.of(), List.of())),
              null,
              null);
      Calibration c = CalibrationRun.run(json, 4, 10, log());
      assertThat(c.json()).isTrue();
      Map<String, Proposal> byGroup = new java.util.HashMap<>();
      c.proposals().forEach(p -> byGroup.put(p.group(), p));
      assertThat(byGroup).containsKeys("/detections/*/score", "/detections/*/label", "/offset");
      assertThat(byGroup.get("/detections/*/label").numeric()).isFalse();
      Proposal score = byGroup.get("/detections/*/score");
      assertThat(score.choice()).isEqualTo(Proposal.Choice.RELATIVE);
      assertThat(score.values()).isEqualTo(3 * 3 * 2);
      assertThat(score.proposed().relative()).isBetween(10 * score.relativeSpread(), 2e-3);
      Proposal offset = byGroup.get("/offset");
      assertThat(offset.choice()).isEqualTo(Proposal.Choice.ABSOLUTE);
      assertThat(offset.proposed().absolute()).isBetween(10 * offset.nearZeroSpread(), 2e-5);
      assertThat(offset.proposed().relative()).isEqualTo(1e-5);
      assertThat(c.numeric()).extracting(Proposal::group).doesNotContain("/detections/*/label");
    }
  }

  @Test
  void aSampleWhoseFirstCallFailsIsNotSentAgainAndTheFailureIsNamed() throws Exception {
    Path samples = dir.resolve("samples");
    Files.createDirectories(samples);
    // Sample b is the one of two bytes, which the server fails on.
    for (String id : List.of("a", "b", "c")) {
      Files.writeString(samples.resolve(id + ".txt"), id.equals("b") ? "bb" : id);
    }
    try (LoopbackServer server = new LoopbackServer()) {
      server.on(
          "/predict",
          exchange -> {
            List<LoopbackServer.Received> got = server.received();
            boolean b = got.get(got.size() - 1).bodyBytes() == 2;
            LoopbackServer.send(
                exchange, b ? 500 : 200, b ? "{\"message\": \"boom\"}" : "{\"x\": 2.5}");
          });
      CheckConfig config =
          new CheckConfig(
              "t",
              dir.resolve("golden.csv"),
              Columns.DEFAULT,
              samples,
              new RequestSpec(server.url() + "/predict", null, Map.of(), Duration.ofSeconds(20), 1),
              List.of(),
              Tolerance.DEFAULT,
              Readiness.NONE,
              ApiSpec.URL,
              dir.resolve("reports"),
              null,
              null,
              null);
      Calibration c = CalibrationRun.run(config, 3, 10, log());
      assertThat(server.received()).hasSize(2 * 3 + 1);
      assertThat(c.errors()).isEqualTo(1);
      assertThat(c.proposals()).extracting(Proposal::group).containsExactly("x");
      assertThat(c.proposals().get(0).values()).isEqualTo(2 * 2);
      CalibrationReport.print(c, log());
      assertThat(warnings)
          .singleElement()
          .asString()
          .startsWith("1 call failed")
          .contains("b: HTTP 500");
    }
  }

  @Test
  void fewerThanTwoCallsIsAnError() {
    assertThatThrownBy(
            () -> CalibrationRun.run(config("http://127.0.0.1:9/p", 1, List.of()), 1, 10, log()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(Setting.CALLS + " must be at least 2, was 1");
    assertThatThrownBy(
            () -> CalibrationRun.run(config("http://127.0.0.1:9/p", 1, List.of()), 5, 0, log()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(Setting.SAFETY_FACTOR + " must be a number above 0, was 0.0");
  }

  private Log log() {
    return new Log() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {
        infos.add(message);
      }

      @Override
      public void warn(String message) {
        warnings.add(message);
      }

      @Override
      public void error(String message) {
        warnings.add(message);
      }

      @Override
      public boolean isDebugEnabled() {
        return false;
      }
    };
  }
}
