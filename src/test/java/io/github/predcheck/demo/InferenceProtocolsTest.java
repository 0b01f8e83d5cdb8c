package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo server's KServe v1 and Open Inference Protocol v2 endpoints, against real inference. */
class InferenceProtocolsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static DemoModelServer server;
  private static DemoModelServer reversed;
  private static String b64;
  private static DrawingPrediction expected;

  @BeforeAll
  static void start() throws Exception {
    server = DemoModelServer.start(0);
    reversed =
        DemoModelServer.start(0, DemoModelServer.Options.defaults().withV2OutputsReversed(true));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(SampleDrawings.drawing(1), "png", png);
    b64 = Base64.getEncoder().encodeToString(png.toByteArray());
    try (DemoPredictor predictor = new DemoPredictor(Interpolation.BILINEAR)) {
      expected = predictor.predictDrawing(ImagePreprocessor.decode(png.toByteArray()));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
    reversed.close();
  }

  private static HttpResponse<String> get(DemoModelServer s, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(s.url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(DemoModelServer s, String path, String json)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(s.url() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String v2Request(String data) {
    return "{\"id\": \"r1\", \"inputs\": [{\"name\": \"image\", \"shape\": [1],"
        + " \"datatype\": \"BYTES\", \"data\": [\""
        + data
        + "\"]}]}";
  }

  @Test
  void kserveV1PredictsFromABase64Instance() throws Exception {
    HttpResponse<String> r =
        post(server, "/v1/models/drawing:predict", "{\"instances\": [{\"b64\": \"" + b64 + "\"}]}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode p = JSON.readTree(r.body()).at("/predictions/0");
    assertThat(p.get("thickness").doubleValue()).isEqualTo(expected.thickness());
    assertThat(p.get("width").doubleValue()).isEqualTo(expected.width());
    assertThat(p.get("material").asText()).isEqualTo(expected.material());
    JsonNode status = JSON.readTree(get(server, "/v1/models/drawing").body());
    assertThat(status.toString()).isEqualTo("{\"name\":\"drawing\",\"ready\":true}");
  }

  @Test
  void openInferenceV2AnswersNamedTypedOutputs() throws Exception {
    HttpResponse<String> r = post(server, "/v2/models/drawing/infer", v2Request(b64));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.get("model_name").asText()).isEqualTo("drawing");
    assertThat(json.get("id").asText()).isEqualTo("r1");
    assertThat(names(json)).containsExactly("thickness", "width", "material", "valid");
    JsonNode thickness = json.at("/outputs/0");
    assertThat(thickness.get("datatype").asText()).isEqualTo("FP32");
    assertThat(thickness.get("shape").toString()).isEqualTo("[1]");
    assertThat(thickness.at("/data/0").doubleValue()).isEqualTo(expected.thickness());
    assertThat(json.at("/outputs/3/data/0").booleanValue()).isEqualTo(expected.valid());
    assertThat(get(server, "/v2/health/ready").statusCode()).isEqualTo(200);
    assertThat(get(server, "/v2/health/live").statusCode()).isEqualTo(200);
    assertThat(
            JSON.readTree(get(server, "/v2/models/drawing/ready").body()).get("ready").asBoolean())
        .isTrue();
  }

  @Test
  void theSwitchReversesTheV2OutputsOnly() throws Exception {
    JsonNode json =
        JSON.readTree(post(reversed, "/v2/models/drawing/infer", v2Request(b64)).body());
    assertThat(names(json)).containsExactly("valid", "material", "width", "thickness");
    assertThat(json.at("/outputs/3/data/0").doubleValue()).isEqualTo(expected.thickness());
  }

  @Test
  void errorsAreKServesAndSayWhatIsWrong() throws Exception {
    HttpResponse<String> unknown = post(server, "/v2/models/nope/infer", v2Request(b64));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).get("error").asText())
        .isEqualTo("Model with name nope does not exist.");
    HttpResponse<String> notBase64 = post(server, "/v2/models/drawing/infer", v2Request("%%%"));
    assertThat(notBase64.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(notBase64.body()).get("error").asText()).startsWith("Invalid base64");
    HttpResponse<String> noInstances = post(server, "/v1/models/drawing:predict", "{}");
    assertThat(noInstances.statusCode()).isEqualTo(400);
  }

  private static List<String> names(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.get("outputs").forEach(o -> names.add(o.get("name").asText()));
    return names;
  }
}
