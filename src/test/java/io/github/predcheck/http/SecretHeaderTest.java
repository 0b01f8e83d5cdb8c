package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Secrets;
import io.github.predcheck.core.Setting;
import io.github.predcheck.samples.Sample;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header given as {@code {env:NAME}} is sent with the variable's value, and printed masked. */
class SecretHeaderTest {
  @TempDir Path dir;

  @Test
  void theResolvedValueIsSentAndTheSpecPrintsItMasked() throws Exception {
    Map.Entry<String, String> v = Map.entry("PATH", System.getenv("PATH"));
    Map<String, String> headers =
        Secrets.resolve(Map.of("X-Api-Key", "key-{env:" + v.getKey() + "}"), Setting.HEADERS)
            .reveal();
    try (LoopbackServer api = new LoopbackServer()) {
      api.on("/", e -> LoopbackServer.send(e, 200, "{\"status\": \"Healthy\"}"));
      RequestSpec spec = new RequestSpec(api.url(), null, headers, Duration.ofSeconds(5), 1);
      try (ApiClient client = new ApiClient(spec)) {
        Path file = Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});
        client.predict(api.url() + "/predict", new Sample("a", file));
        client.get(URI.create(api.url() + "/ping"), Duration.ofSeconds(5));
      }
      assertThat(api.received())
          .extracting(LoopbackServer.Received::apiKey)
          .containsExactly("key-" + v.getValue(), "key-" + v.getValue());
      assertThat(spec.toString()).contains("headers={X-Api-Key=***}").doesNotContain(v.getValue());
    }
  }
}
