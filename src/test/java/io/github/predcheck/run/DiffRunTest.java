package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.compare.NoiseJudge;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.demo.Interpolation;
import io.github.predcheck.demo.OutputNoise;
import io.github.predcheck.demo.SampleDrawings;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.Readiness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff loop end to end against real demo model servers, in process: one exact, one resampling
 * differently, two with seeded noise of 3e-5 relative per call, and one noisy and shifted by 1e-3.
 * One sample at a time, so that the seeded noise comes in the same order on every run.
 */
class DiffRunTest {
  private static final OutputNoise NOISE_A = new OutputNoise(3e-5, 11, 0);
  private static final OutputNoise NOISE_B = new OutputNoise(3e-5, 22, 0);
  private static final Tolerance TIGHT = new Tolerance(1e-8, 1e-5, false);
  private static final List<DemoModelServer> servers = new ArrayList<>();
  private static DemoModelServer exact;
  private static DemoModelServer exactToo;
  private static DemoModelServer nearest;
  private static DemoModelServer noisyA;
  private static DemoModelServer noisyB;
  private static DemoModelServer shifted;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    DemoModelServer.Options plain = DemoModelServer.Options.defaults();
    exact = started(plain);
    exactToo = started(plain);
    nearest = started(plain.withInterpolation(Interpolation.NEAREST));
    noisyA = started(plain.withNoise(NOISE_A));
    noisyB = started(plain.withNoise(NOISE_B));
    shifted = started(plain.withNoise(new OutputNoise(3e-5, 33, 1e-3)));
    SampleDrawings.write(dir.resolve("samples"), 20);
  }

  private static DemoModelServer started(DemoModelServer.Options options) throws Exception {
    DemoModelServer s = DemoModelServer.start(0, options);
    servers.add(s);
    return s;
  }

  @AfterAll
  static void stop() {
    servers.forEach(DemoModelServer::close);
  }

  private static CheckConfig candidate(DemoModelServer server, Path golden) {
    return candidate(server, golden, TIGHT);
  }

  private static CheckConfig candidate(DemoModelServer server, Path golden, Tolerance tolerance) {
    RequestSpec request =
        new RequestSpec(
            server.url() + "/predictions/drawing", null, Map.of(), Duration.ofSeconds(10), 1);
    return new CheckConfig(
        "diff",
        golden,
        Columns.DEFAULT,
        dir.resolve("samples"),
        request,
        List.of(),
        tolerance,
        Readiness.NONE,
        ApiSpec.URL,
        dir.resolve("reports"),
        null,
        null,
        null);
  }

  private static CheckResult diff(
      DemoModelServer candidate, DemoModelServer baseline, int noiseCalls, boolean sequential)
      throws Exception {
    DiffConfig config =
        new DiffConfig(
            candidate(candidate, dir.resolve("no-golden.csv")),
            Baseline.url(baseline.url() + "/predictions/drawing"),
            noiseCalls,
            2,
            sequential,
            true);
    return DiffRun.run(config, TestLogs.into(null, null));
  }

  private static Map<String, NoiseJudge.Verdict> verdicts(CheckResult r) {
    return r.diff().outputs().stream()
        .collect(Collectors.toMap(NoiseJudge.Row::group, NoiseJudge.Row::verdict));
  }

  @Test
  void theSameModelPassesWithoutNoise() throws Exception {
    CheckResult r = diff(exact, exactToo, 1, false);
    assertThat(r.samples()).isEqualTo(20);
    assertThat(r.failed(false)).isFalse();
    assertThat(r.count(Status.PASS)).isEqualTo(80); // thickness, width, material, valid
    assertThat(verdicts(r)).containsOnlyKeys("thickness", "width", "material", "valid");
    assertThat(verdicts(r).values()).containsOnly(NoiseJudge.Verdict.SAME);
    assertThat(r.diff().outputs()).allMatch(row -> row.noise().none());
    // Nothing compared with goldens (there is no file), and obtained values are every answer.
    assertThat(r.diff().goldenResults()).allMatch(s -> !s.known());
  }

  @Test
  void aResamplingChangeFailsNamingTheOutputs() throws Exception {
    CheckResult r = diff(nearest, exact, 1, false);
    assertThat(r.failed(false)).isTrue();
    assertThat(verdicts(r))
        .containsEntry("thickness", NoiseJudge.Verdict.MOVED)
        .containsEntry("width", NoiseJudge.Verdict.MOVED);
    assertThat(r.count(Status.DIVERGED)).isGreaterThan(10);
    assertThat(r.count(Status.NOISE)).isZero();
  }

  @Test
  void bothNoisyPassesAsNoiseWhereAGoldenCheckFails() throws Exception {
    CheckResult r = diff(noisyB, noisyA, 1, false);
    assertThat(r.failed(false)).as(r.diff().outputs().toString()).isFalse();
    assertThat(r.count(Status.NOISE)).isGreaterThan(0);
    NoiseJudge.Row thickness =
        r.diff().outputs().stream().filter(o -> o.group().equals("thickness")).findFirst().get();
    assertThat(thickness.verdict()).isEqualTo(NoiseJudge.Verdict.NOISE);
    assertThat(thickness.noise().relative()).isBetween(1e-5, 6.1e-5);
    // The job summary carries the noise table.
    assertThat(io.github.predcheck.report.StepSummary.markdown(r, false, null))
        .contains("| output | baseline noise (rel) |")
        .containsPattern("\\| thickness \\| [0-9.e-]+ \\|.*\\| NOISE \\|");

    // The same noisy candidate against goldens recorded from the exact model, tolerance 1e-5.
    Path golden = dir.resolve("golden.csv");
    RecordRun.run(
        candidate(exact, golden),
        io.github.predcheck.golden.RecordMode.MISSING,
        TestLogs.into(null, null));
    CheckResult check = CheckRun.run(candidate(noisyB, golden), TestLogs.into(null, null));
    assertThat(check.count(Status.DIVERGED)).isGreaterThan(0);
  }

  @Test
  void differencesWithinTheConfiguredAbsoluteToleranceAreNoNoise() throws Exception {
    // No golden file names the outputs: they come from the baseline's answers, and are measured
    // against the configured tolerance, whose absolute 1 covers every difference of this noise.
    DiffConfig config =
        new DiffConfig(
            candidate(noisyB, dir.resolve("no-golden.csv"), new Tolerance(1, 1e-5, false)),
            Baseline.url(noisyA.url() + "/predictions/drawing"),
            1,
            2,
            false,
            true);
    CheckResult r = DiffRun.run(config, TestLogs.into(null, null));
    NoiseJudge.Row thickness =
        r.diff().outputs().stream().filter(o -> o.group().equals("thickness")).findFirst().get();
    assertThat(thickness.noise().absolute()).isGreaterThan(0);
    assertThat(thickness.noise().relative()).isZero();
    assertThat(r.failed(false)).isFalse();
  }

  @Test
  void withoutNoiseCallsTheSameNoiseDiverges() throws Exception {
    CheckResult r = diff(noisyB, noisyA, 0, false);
    assertThat(r.failed(false)).isTrue();
    assertThat(r.count(Status.NOISE)).isZero();
  }

  @Test
  void aShiftBeyondTheNoiseFailsInOneAndTwoPasses() throws Exception {
    for (boolean sequential : List.of(false, true)) {
      CheckResult r = diff(shifted, noisyA, 1, sequential);
      assertThat(r.failed(false)).as("sequential " + sequential).isTrue();
      assertThat(verdicts(r)).containsEntry("thickness", NoiseJudge.Verdict.MOVED);
      assertThat(r.count(Status.DIVERGED)).isGreaterThanOrEqualTo(40);
    }
  }
}
