package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.LoopbackServer;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.samples.SampleFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one sample's answer becomes: redirects, huge strings and broken JSON. */
class SampleClientTest {
  @TempDir Path dir;
  LoopbackServer api;
  LoopbackServer other;
  ApiClient client;
  SampleClient samples;

  @BeforeEach
  void start() throws Exception {
    Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});
    other = new LoopbackServer().on("/", e -> LoopbackServer.send(e, 200, "{\"x\": 1}"));
    api = new LoopbackServer();
    client =
        new ApiClient(
            new RequestSpec(
                api.url(), null, Map.of("X-Api-Key", "secret"), Duration.ofSeconds(10), 1));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    api.close();
    other.close();
  }

  private Answer ask(String path) throws Exception {
    RequestSpec spec = new RequestSpec(api.url() + path, null, Map.of(), Duration.ofSeconds(10), 1);
    samples = new SampleClient(SampleFolder.open(dir), client, api.url() + path, spec, Log.SILENT);
    return samples.ask("a");
  }

  @Test
  void aRedirectIsAnErrorNamingWhereItPoints() throws Exception {
    api.on("/p", LoopbackServer.redirect(307, other.url() + "/predictions/m"));
    Answer a = ask("/p");
    assertThat(a.json()).isNull();
    assertThat(a.error())
        .isEqualTo(
            "HTTP 307: the endpoint redirects to "
                + other.url()
                + "/predictions/m; configure that URL (samples are not sent on to another URL)");
    assertThat(other.received()).isEmpty();
  }

  @Test
  void aStringOfTensOfMillionsOfCharactersIsRead() throws Exception {
    int length = 25_000_000;
    String mask = "A".repeat(length);
    api.on("/p", e -> LoopbackServer.send(e, 200, "{\"mask\": \"" + mask + "\", \"n\": 1}"));
    Answer a = ask("/p");
    assertThat(a.error()).isNull();
    assertThat(a.json().get("mask").asText()).hasSize(length);
    assertThat(a.json().get("n").asInt()).isEqualTo(1);
  }

  @Test
  void unreadableJsonSaysWhyAndWhere() throws Exception {
    api.on("/p", e -> LoopbackServer.send(e, 200, "{\n  \"thickness\": 1.0,,\n  \"width\": 2\n}"));
    Answer a = ask("/p");
    assertThat(a.error())
        .startsWith("unreadable JSON in the response: Unexpected character (',' (code 44))")
        .endsWith(" at line 2 column 20; it starts with: { \"thickness\": 1.0,, \"width\": 2 }");
  }
}
