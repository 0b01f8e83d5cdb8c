package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.lifecycle.Probe;
import io.github.predcheck.lifecycle.Readiness;
import io.github.predcheck.lifecycle.ReadinessWait;
import io.github.predcheck.lifecycle.RunningApi;
import io.github.predcheck.samples.Sample;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirects never carry a sample or the configured headers to another host: predictions follow
 * none, readiness probes only those within the same scheme, host and port.
 */
class ApiClientRedirectTest {
  @TempDir Path dir;
  LoopbackServer api;
  LoopbackServer other;
  ApiClient client;

  @BeforeEach
  void start() throws Exception {
    other = new LoopbackServer();
    other
        .on("/predict", e -> LoopbackServer.send(e, 200, "{\"thickness\": 1.0}"))
        .on("/ping", e -> LoopbackServer.send(e, 200, "{\"status\": \"Healthy\"}"));
    api = new LoopbackServer();
    for (int status : new int[] {301, 302, 303, 307, 308}) {
      api.on("/predict" + status, LoopbackServer.redirect(status, other.url() + "/predict"));
    }
    api.on("/ping", LoopbackServer.redirect(302, "/health/ok"))
        .on("/health/ok", e -> LoopbackServer.send(e, 200, "{\"status\": \"Healthy\"}"))
        .on("/elsewhere", LoopbackServer.redirect(302, other.url() + "/ping"));
    client =
        new ApiClient(
            new RequestSpec(
                api.url(), null, Map.of("X-Api-Key", "secret"), Duration.ofSeconds(5), 1));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    api.close();
    other.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aPredictionIsNotSentOnToWhereTheEndpointRedirects(int status) throws Exception {
    Path file = Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});
    ApiResponse r = client.predict(api.url() + "/predict" + status, new Sample("a", file));
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.redirect()).isTrue();
    assertThat(r.redirectTo()).isEqualTo(other.url() + "/predict");
    assertThat(api.received())
        .containsExactly(new LoopbackServer.Received("POST", "/predict" + status, "secret", 3));
    assertThat(other.received()).isEmpty();
  }

  @Test
  void aProbeFollowsARedirectWithinTheSameHost() throws Exception {
    ApiResponse r = client.get(URI.create(api.url() + "/ping"), Duration.ofSeconds(5));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("Healthy");
    assertThat(r.redirect()).isFalse();
    assertThat(api.received())
        .extracting(LoopbackServer.Received::path, LoopbackServer.Received::apiKey)
        .containsExactly(tuple("/ping", "secret"), tuple("/health/ok", "secret"));
  }

  @Test
  void aProbeDoesNotFollowARedirectToAnotherHost() throws Exception {
    ApiResponse r = client.get(URI.create(api.url() + "/elsewhere"), Duration.ofSeconds(5));
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.redirectTo()).isEqualTo(other.url() + "/ping");
    assertThat(other.received()).isEmpty();
  }

  @Test
  void aReadinessTimeoutNamesTheRedirectItDidNotFollow() throws Exception {
    Readiness readiness =
        new Readiness(
            List.of(new Probe(api.url() + "/elsewhere", null)),
            Duration.ofMillis(300),
            Duration.ofMillis(100));
    assertThatThrownBy(() -> ReadinessWait.await(readiness, client, RunningApi.NONE, Log.SILENT))
        .isInstanceOf(RunException.class)
        .hasMessageContaining(
            "it last answered: HTTP 302 redirecting to "
                + other.url()
                + "/ping (followed only within the same host)");
    assertThat(other.received()).isEmpty();
  }

  @Test
  void sameOriginMeansSchemeHostAndPort() {
    URI a = URI.create("http://Api.example:80/ping");
    assertThat(ApiClient.sameOrigin(a, URI.create("http://api.example/health"))).isTrue();
    assertThat(ApiClient.sameOrigin(a, URI.create("https://api.example/ping"))).isFalse();
    assertThat(ApiClient.sameOrigin(a, URI.create("http://api.example:8080/ping"))).isFalse();
    assertThat(ApiClient.sameOrigin(a, URI.create("http://evil.example/ping"))).isFalse();
  }
}
