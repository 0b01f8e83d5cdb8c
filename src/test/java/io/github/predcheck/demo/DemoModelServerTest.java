package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoModelServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static DemoModelServer server;
  private static byte[] png;

  @BeforeAll
  static void start() throws Exception {
    server = DemoModelServer.start(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(SampleDrawings.drawing(1), "png", out);
    png = out.toByteArray();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pingAnswersHealthyInTorchServeLayout() throws Exception {
    HttpResponse<String> response = send(server, "GET", "/ping", BodyPublishers.noBody(), null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\n  \"status\": \"Healthy\"\n}\n");
  }

  @Test
  void rawPostRawPutAndMultipartGiveTheSamePrediction() throws Exception {
    HttpResponse<String> post =
        send(server, "POST", "/predictions/drawing", BodyPublishers.ofByteArray(png), "image/png");
    HttpResponse<String> put =
        send(server, "PUT", "/predictions/drawing", BodyPublishers.ofByteArray(png), null);
    HttpResponse<String> form = multipart("/predictions/drawing", "data");

    assertThat(List.of(post.statusCode(), put.statusCode(), form.statusCode())).containsOnly(200);
    assertThat(put.body()).isEqualTo(post.body());
    assertThat(form.body()).isEqualTo(post.body());
    JsonNode json = JSON.readTree(post.body());
    assertThat(fieldNames(json)).containsExactly("thickness", "width", "material", "valid");
    assertThat(json.get("thickness").doubleValue()).isBetween(1.0, 20.0);
    assertThat(json.get("material").asText()).isIn("steel", "aluminium", "copper");
    assertThat(json.get("valid").booleanValue()).isTrue();
  }

  @Test
  void thicknessModelAnswersABareNumber() throws Exception {
    HttpResponse<String> bare =
        send(server, "POST", "/predictions/thickness", BodyPublishers.ofByteArray(png), null);
    HttpResponse<String> full =
        send(server, "POST", "/predictions/drawing", BodyPublishers.ofByteArray(png), null);
    assertThat(bare.statusCode()).isEqualTo(200);
    JsonNode number = JSON.readTree(bare.body());
    assertThat(number.isNumber()).isTrue();
    assertThat(number.doubleValue())
        .isEqualTo(JSON.readTree(full.body()).get("thickness").doubleValue());
  }

  @Test
  void constantModelAnswersFixedValuesWithoutLookingAtTheImage() throws Exception {
    HttpResponse<String> drawing =
        send(server, "POST", "/predictions/constant", BodyPublishers.ofByteArray(png), "image/png");
    HttpResponse<String> garbage =
        send(server, "POST", "/predictions/constant", BodyPublishers.ofString("garbage"), null);

    assertThat(List.of(drawing.statusCode(), garbage.statusCode())).containsOnly(200);
    assertThat(garbage.body()).isEqualTo(drawing.body());
    JsonNode json = JSON.readTree(drawing.body());
    assertThat(fieldNames(json)).containsExactly("thickness", "width", "material", "valid");
    assertThat(json.get("thickness").doubleValue()).isEqualTo(1.5);
    assertThat(json.get("width").doubleValue()).isEqualTo(42.0);
    assertThat(
            JSON.readTree(
                    send(server, "GET", "/models/constant", BodyPublishers.noBody(), null).body())
                .at("/0/workers/0/status")
                .asText())
        .isEqualTo("READY");
  }

  @Test
  void classifierAnswersTopFiveLabelsInDescendingOrder() throws Exception {
    HttpResponse<String> response = multipart("/predictions/classifier", "data");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body());
    List<Double> probabilities = new ArrayList<>();
    json.properties().forEach(e -> probabilities.add(e.getValue().doubleValue()));
    assertThat(probabilities).hasSize(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(probabilities.stream().mapToDouble(d -> d).sum()).isLessThanOrEqualTo(1.0 + 1e-6);
    assertThat(ModelWeights.CLASSIFIER_LABELS).containsAll(fieldNames(json));
  }

  @Test
  void errorsUseTorchServeShapes() throws Exception {
    assertError(
        send(server, "POST", "/predictions/nope", BodyPublishers.ofByteArray(png), null),
        404,
        "ModelNotFoundException",
        "Model not found: nope");
    assertError(
        send(server, "POST", "/predictions/drawing", BodyPublishers.ofString("garbage"), null),
        400,
        "InvalidInputException",
        "Unreadable image");
    assertError(
        send(server, "POST", "/predictions/drawing", BodyPublishers.noBody(), null),
        400,
        "InvalidInputException",
        "Empty image");
    assertError(
        multipart("/predictions/drawing", "file"), 400, "InvalidInputException", "no 'data' field");
    assertError(
        send(server, "GET", "/predictions/drawing", BodyPublishers.noBody(), null),
        405,
        "MethodNotAllowedException",
        "not allowed");
    assertError(
        send(server, "GET", "/nowhere", BodyPublishers.noBody(), null),
        404,
        "ResourceNotFoundException",
        "not found");
  }

  @Test
  void describeModelShowsAReadyWorker() throws Exception {
    HttpResponse<String> response =
        send(server, "GET", "/models/drawing", BodyPublishers.noBody(), null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode model = JSON.readTree(response.body()).get(0);
    assertThat(model.get("modelName").asText()).isEqualTo("drawing");
    assertThat(model.get("modelVersion").asText()).isEqualTo("1.0");
    assertThat(model.at("/workers/0/status").asText()).isEqualTo("READY");
    assertError(
        send(server, "GET", "/models/nope", BodyPublishers.noBody(), null),
        404,
        "ModelNotFoundException",
        "Model not found: nope");
  }

  @Test
  void startupDelayAndNeverReadyKeepThePingUnhealthy() throws Exception {
    DemoModelServer.Options delayed =
        // Long enough that the early requests land within it even on a loaded CI runner.
        DemoModelServer.Options.defaults().withStartupDelay(Duration.ofSeconds(3));
    try (DemoModelServer slow = DemoModelServer.start(0, delayed);
        DemoModelServer never =
            DemoModelServer.start(0, DemoModelServer.Options.defaults().withNeverReady(true))) {
      HttpResponse<String> early = send(slow, "GET", "/ping", BodyPublishers.noBody(), null);
      assertThat(early.statusCode()).isEqualTo(500);
      assertThat(early.body()).isEqualTo("{\n  \"status\": \"Unhealthy\"\n}\n");
      assertThat(send(slow, "GET", "/models/drawing", BodyPublishers.noBody(), null).body())
          .contains("LOADING");
      assertError(
          send(slow, "POST", "/predictions/drawing", BodyPublishers.ofByteArray(png), null),
          503,
          "ServiceUnavailableException",
          "no worker");

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      int status;
      while ((status = send(slow, "GET", "/ping", BodyPublishers.noBody(), null).statusCode())
              != 200
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(status).isEqualTo(200);
      assertThat(send(never, "GET", "/ping", BodyPublishers.noBody(), null).statusCode())
          .isEqualTo(500);
    }
  }

  @Test
  void nearestInterpolationShiftsPredictionsSlightly() throws Exception {
    DemoModelServer.Options options =
        DemoModelServer.Options.defaults().withInterpolation(Interpolation.NEAREST);
    try (DemoModelServer shifted = DemoModelServer.start(0, options)) {
      double base =
          JSON.readTree(
                  send(
                          server,
                          "POST",
                          "/predictions/thickness",
                          BodyPublishers.ofByteArray(png),
                          null)
                      .body())
              .doubleValue();
      double moved =
          JSON.readTree(
                  send(
                          shifted,
                          "POST",
                          "/predictions/thickness",
                          BodyPublishers.ofByteArray(png),
                          null)
                      .body())
              .doubleValue();
      assertThat(moved).isNotEqualTo(base);
      assertThat(Math.abs(moved - base) / base).isLessThan(0.05);
    }
  }

  private static void assertError(
      HttpResponse<String> response, int code, String type, String message) throws Exception {
    assertThat(response.statusCode()).isEqualTo(code);
    JsonNode json = JSON.readTree(response.body());
    assertThat(fieldNames(json)).containsExactly("code", "type", "message");
    assertThat(json.get("code").intValue()).isEqualTo(code);
    assertThat(json.get("type").asText()).isEqualTo(type);
    assertThat(json.get("message").asText()).contains(message);
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static HttpResponse<String> multipart(String path, String field) throws Exception {
    String boundary = "predcheck-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\"RT-1.png\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(png);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        server,
        "POST",
        path,
        BodyPublishers.ofByteArray(body.toByteArray()),
        "multipart/form-data; boundary=" + boundary);
  }

  private static HttpResponse<String> send(
      DemoModelServer target,
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      String contentType)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(target.url() + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
