package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import io.github.predcheck.samples.Sample;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request timeout limits the whole exchange: a server trickling its answer a byte at a time
 * (each gap well below the timeout) is cut off when the timeout has passed.
 */
class ApiClientDeadlineTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  @TempDir Path dir;

  /** 200, then one byte every 200 ms for 6 s: no single read ever waits long. */
  static final HttpHandler TRICKLE =
      exchange -> {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          for (int i = 0; i < 30; i++) {
            out.write(' ');
            out.flush();
            Thread.sleep(200);
          }
          out.write('1');
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.io.IOException clientGone) {
          // the client cut the exchange off, as it should
        }
      };

  private static ApiClient client() {
    return new ApiClient(new RequestSpec("http://unused", null, Map.of(), TIMEOUT, 1));
  }

  @Test
  void aTricklingPredictionIsCutOffAtTheTimeout() throws Exception {
    Path file = Files.write(dir.resolve("a.png"), new byte[] {1});
    try (LoopbackServer server = new LoopbackServer().on("/p", TRICKLE);
        ApiClient client = client()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.predict(server.url() + "/p", new Sample("a", file)))
          .isInstanceOf(RequestTimeoutException.class)
          .hasMessage("no complete answer within 1 s");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(TIMEOUT)
          .isLessThan(Duration.ofMillis(2500));
    }
  }

  @Test
  void aTricklingProbeIsCutOffAtItsTimeout() throws Exception {
    try (LoopbackServer server = new LoopbackServer().on("/ping", TRICKLE);
        ApiClient client = client()) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () -> client.get(URI.create(server.url() + "/ping"), Duration.ofMillis(700)))
          .isInstanceOf(RequestTimeoutException.class)
          .hasMessageEndingWith("700 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
    }
  }

  @Test
  void aClientStaysUsableAfterACutOff() throws Exception {
    Path file = Files.write(dir.resolve("a.png"), new byte[] {1});
    try (LoopbackServer server =
            new LoopbackServer()
                .on("/slow", TRICKLE)
                .on("/fast", e -> LoopbackServer.send(e, 200, "{\"x\": 1}"));
        ApiClient client = client()) {
      assertThatThrownBy(() -> client.predict(server.url() + "/slow", new Sample("a", file)))
          .isInstanceOf(RequestTimeoutException.class);
      for (int i = 0; i < 3; i++) {
        ApiResponse r = client.predict(server.url() + "/fast", new Sample("a", file));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"x\": 1}");
      }
    }
  }
}
