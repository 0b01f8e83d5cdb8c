package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** --token: the demo server requires TorchServe's token authorization on every request. */
class DemoTokenTest {
  private static final String TOKEN = "demo-token-48af";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static DemoModelServer server;

  @BeforeAll
  static void start() throws Exception {
    server = DemoModelServer.start(0, DemoModelServer.Options.defaults(), new TokenAuth(TOKEN));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    return CLIENT.send(r.build(), BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void withoutTheTokenEveryPathAnswersTorchServes401() throws Exception {
    for (String auth : new String[] {null, "Bearer wrong", "Bearer", "Token " + TOKEN}) {
      HttpResponse<String> r = get("/ping", auth);
      assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
      assertThat(r.body()).contains("\"type\": \"InvalidKeyException\"").doesNotContain(TOKEN);
    }
    assertThat(get("/models/drawing", null).statusCode()).isEqualTo(401);
    // The KServe v1 and Open Inference Protocol v2 routes too.
    assertThat(get("/v2/health/ready", null).statusCode()).isEqualTo(401);
    assertThat(get("/v1/models/drawing", null).statusCode()).isEqualTo(401);
    assertThat(get("/v2/health/ready", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void theBearerTokenOrBasicWithTheTokenAsPasswordPass() throws Exception {
    assertThat(get("/ping", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(get("/ping", basic("ci-bot", TOKEN)).statusCode()).isEqualTo(200);
    assertThat(get("/ping", basic("ci-bot", "wrong")).statusCode()).isEqualTo(401);
    assertThat(get("/ping", "Basic not-base64!").statusCode()).isEqualTo(401);
  }

  @Test
  void aPredictionWithTheTokenIsAnswered() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(SampleDrawings.drawing(1), "png", png);
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(server.url() + "/predictions/drawing"))
            .POST(BodyPublishers.ofByteArray(png.toByteArray()));
    assertThat(CLIENT.send(post.build(), BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    HttpResponse<String> ok =
        CLIENT.send(
            post.header("Authorization", "Bearer " + TOKEN).build(), BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("thickness");
  }

  @Test
  void theFlagsGiveTheTokenOrTheVariableHoldingIt() {
    assertThat(ServerArgs.parse().auth()).isEqualTo(TokenAuth.OPEN);
    assertThat(ServerArgs.parse("--token=abc").auth()).isEqualTo(new TokenAuth("abc"));
    assertThat(ServerArgs.parse("--token-env=PATH").auth())
        .isEqualTo(new TokenAuth(System.getenv("PATH")));
    assertThat(ServerArgs.parse("--token=abc").auth()).hasToString("TokenAuth[token=***]");
    assertThatThrownBy(() -> ServerArgs.parse("--token-env=PREDCHECK_SURELY_UNSET"))
        .hasMessageContaining("--token-env");
    assertThatThrownBy(() -> ServerArgs.parse("--token=")).hasMessageContaining("--token");
  }

  @Test
  void anOpenServerLetsEveryRequestPass() {
    assertThat(TokenAuth.OPEN.allows(null)).isTrue();
    assertThat(new TokenAuth("t").allows(null)).isFalse();
  }
}
