package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import io.github.predcheck.samples.Sample;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer larger than maxResponseBytes is not read into memory, whether its length is declared or
 * streamed in chunks; answers up to the limit arrive whole, and the client stays usable.
 */
class ResponseLimitTest {
  private static final long LIMIT = 64 * 1024;

  @TempDir Path dir;

  /** {@code bytes} of a JSON array of zeros; chunked when {@code declared} is false. */
  private static HttpHandler body(int bytes, boolean declared) {
    return exchange -> {
      exchange.sendResponseHeaders(200, declared ? bytes : 0);
      try (OutputStream out = exchange.getResponseBody()) {
        byte[] zeros = new byte[bytes];
        java.util.Arrays.fill(zeros, (byte) '0');
        zeros[0] = '[';
        for (int i = 2; i < bytes - 1; i += 2) {
          zeros[i] = ',';
        }
        zeros[bytes - 1] = ']';
        out.write(zeros);
      } catch (IOException clientGone) {
        // the client stopped reading, as it should
      }
    };
  }

  @Test
  void aLargerAnswerIsRefusedDeclaredOrChunked() throws Exception {
    Path file = Files.write(dir.resolve("a.png"), new byte[] {1});
    try (LoopbackServer server =
            new LoopbackServer()
                .on("/declared", body(10 * (int) LIMIT + 1, true))
                .on("/chunked", body(10 * (int) LIMIT + 1, false))
                .on("/exact", body((int) LIMIT - 1, false))
                .on("/small", e -> LoopbackServer.send(e, 200, "{\"x\": 1}"));
        ApiClient client =
            new ApiClient(
                new RequestSpec("http://unused", null, Map.of(), Duration.ofSeconds(10), 1)
                    .withMaxResponseBytes(LIMIT))) {
      for (String path : new String[] {"/declared", "/chunked"}) {
        assertThatThrownBy(() -> client.predict(server.url() + path, new Sample("a", file)))
            .isInstanceOf(ResponseTooLargeException.class)
            .hasMessage("response larger than 64 KB");
      }
      assertThat(client.predict(server.url() + "/exact", new Sample("a", file)).body())
          .hasSize((int) LIMIT - 1)
          .endsWith("0]");
      assertThat(client.predict(server.url() + "/small", new Sample("a", file)).body())
          .isEqualTo("{\"x\": 1}");
    }
  }
}
