package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import io.github.predcheck.http.LoopbackServer;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.samples.SampleFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long runs say how far they are; short ones say nothing. */
class ProgressTest {
  @TempDir Path dir;

  @Test
  void lineSaysDoneTotalRateErrorsAndTimeLeft() {
    AtomicLong now = new AtomicLong();
    Progress p = new Progress(10_000, now::get);
    for (int i = 0; i < 4_000; i++) {
      p.done(i % 1000 == 0);
    }
    now.set(Duration.ofSeconds(10).toNanos());
    assertThat(p.line())
        .isEqualTo("4,000/10,000 samples (40 %), 400 samples/s, 4 errors so far, about 15 s left");
    now.set(Duration.ofSeconds(100).toNanos());
    assertThat(p.line()).endsWith("40 samples/s, 4 errors so far, about 2 min 30 s left");
  }

  @Test
  void aSlowRunPrintsProgressAtTheIntervalAndAFastOneDoesNot() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Files.write(dir.resolve("samples").resolve("s" + i + ".png"), new byte[] {1});
      ids.add("s" + i);
    }
    try (LoopbackServer server =
        new LoopbackServer()
            .on(
                "/p",
                e -> {
                  try {
                    Thread.sleep(40);
                  } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                  }
                  LoopbackServer.send(e, 200, "{\"x\":1}");
                })) {
      List<String> slow = run(server.url() + "/p", ids, Duration.ofMillis(100));
      assertThat(slow)
          .isNotEmpty()
          .allMatch(
              l -> l.matches("\\d+/12 samples \\(\\d+ %\\), .* samples/s, 0 errors so far, .*"));
      assertThat(run(server.url() + "/p", ids, SampleBatch.PROGRESS_EVERY)).isEmpty();
    }
  }

  private List<String> run(String endpoint, List<String> ids, Duration every) throws Exception {
    List<String> infos = new CopyOnWriteArrayList<>();
    Log log = TestLogs.into(infos, null);
    RequestSpec request = new RequestSpec(endpoint, null, Map.of(), Duration.ofSeconds(5), 2);
    List<Answer> answers =
        SampleBatch.run(
            TestConfigs.of(dir, request),
            SampleFolder.open(dir.resolve("samples")),
            ids,
            "samples",
            log,
            SampleClient::ask,
            a -> a.error() != null,
            every);
    assertThat(answers).hasSize(12).allMatch(a -> a.error() == null);
    return infos.stream().filter(m -> m.contains("samples/s")).toList();
  }
}
