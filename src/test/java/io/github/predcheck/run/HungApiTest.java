package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.http.LoopbackServer;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.samples.SampleFolder;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API that stops answering costs a few timeouts, not one per sample: after {@code
 * maxConsecutiveFailures} timeouts or connection failures in a row the remaining samples are not
 * sent, and every sample still ends as exactly one result.
 */
class HungApiTest {
  private static final Duration TIMEOUT = Duration.ofMillis(500);

  @TempDir Path dir;
  final List<String> warnings = new CopyOnWriteArrayList<>();
  final Log log =
      new Log() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
          warnings.add(message);
        }

        @Override
        public void error(String message) {}

        @Override
        public boolean isDebugEnabled() {
          return false;
        }
      };

  private List<String> samples(int n) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format("s%02d", i);
      Files.write(dir.resolve("samples").resolve(id + ".png"), new byte[] {(byte) i});
      ids.add(id);
    }
    return ids;
  }

  private List<Answer> send(String endpoint, List<String> ids, int threads, int maxFailures)
      throws Exception {
    RequestSpec request =
        new RequestSpec(endpoint, null, Map.of(), TIMEOUT, threads)
            .withMaxConsecutiveFailures(maxFailures);
    CheckConfig config = TestConfigs.of(dir, request);
    SampleFolder folder = SampleFolder.open(dir.resolve("samples"));
    return SampleBatch.run(
        config, folder, ids, "samples", log, SampleClient::ask, a -> a.error() != null);
  }

  @Test
  void aHungApiCostsTheLimitsWorthOfTimeouts() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    List<String> ids = samples(12);
    try (LoopbackServer server =
        new LoopbackServer()
            .on(
                "/p",
                e -> {
                  try {
                    Thread.sleep(30_000);
                  } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                  }
                })) {
      long start = System.nanoTime();
      List<Answer> answers = send(server.url() + "/p", ids, 2, 3);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(answers).hasSize(12).allMatch(a -> a.error() != null && a.json() == null);
      int sent = server.received().size();
      assertThat(sent).isBetween(3, 4);
      String timeout =
          "no complete answer from " + server.url() + "/p within the request timeout of 500 ms";
      List<String> errors = answers.stream().map(Answer::error).toList();
      assertThat(errors.subList(0, sent)).containsOnly(timeout);
      assertThat(errors.subList(sent, 12))
          .containsOnly(
              "not sent: the API stopped answering after 3 consecutive timeouts or connection"
                  + " failures (last: "
                  + timeout
                  + ")");
      // Two rounds of two requests, not six.
      assertThat(took).isLessThan(Duration.ofMillis(2500));
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0))
          .contains("stopped answering: 3 consecutive timeouts or connection failures")
          .contains(Setting.REQUEST_TIMEOUT.toString())
          .contains(Setting.MAX_CONSECUTIVE_FAILURES.toString());
    }
  }

  @Test
  void anApiThatIsGoneStopsAfterTheLimitOfRefusedConnections() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    List<String> ids = samples(10);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<Answer> answers = send("http://127.0.0.1:" + port + "/p", ids, 1, 5);
    assertThat(answers).hasSize(10);
    IntStream.range(0, 5)
        .forEach(i -> assertThat(answers.get(i).error()).startsWith("no response from"));
    IntStream.range(5, 10)
        .forEach(
            i ->
                assertThat(answers.get(i).error())
                    .startsWith("not sent: the API stopped answering after 5 consecutive")
                    .contains("(last: no response from http://127.0.0.1:" + port));
  }
}
