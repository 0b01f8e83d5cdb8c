package io.github.predcheck.demo;

import ai.onnxruntime.OrtException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The drawing model over KServe's two JSON protocols, with the same real inference as {@link
 * TorchServeHandler}: the PNG comes base64-encoded in the JSON request.
 *
 * <ul>
 *   <li>KServe v1: {@code POST /v1/models/drawing:predict} with {@code {"instances": [{"b64":
 *       "..."}]}} answers {@code {"predictions": [{"thickness": …, "width": …, …}]}}; {@code GET
 *       /v1/models/drawing} answers {@code {"name": "drawing", "ready": true}}.
 *   <li>Open Inference Protocol v2: {@code POST /v2/models/drawing/infer} with {@code {"inputs":
 *       [{"name", "shape", "datatype": "BYTES", "data": ["..."]}]}} answers {@code {"model_name",
 *       "model_version", "outputs": [{"name", "shape", "datatype", "data"}]}}, outputs thickness,
 *       width (FP32), material (BYTES), valid (BOOL), or the other way round when asked to ({@link
 *       DemoModelServer.Options#withV2OutputsReversed}), as servers may order them differently;
 *       {@code GET /v2/health/live}, {@code /v2/health/ready}, {@code /v2/models/drawing/ready}.
 * </ul>
 *
 * Errors are KServe's {@code {"error": "..."}}; readiness answers 503 until the server is ready.
 */
final class InferenceProtocolHandler implements HttpHandler {
  static final String MODEL = "drawing";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DemoPredictor predictor;
  private final BooleanSupplier ready;
  private final boolean reversed;

  InferenceProtocolHandler(DemoPredictor predictor, BooleanSupplier ready, boolean reversed) {
    this.predictor = predictor;
    this.ready = ready;
    this.reversed = reversed;
  }

  /** A KServe error: its status and message. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Failure(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private record Reply(int status, Object json) {}

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (Failure e) {
        reply = new Reply(e.status, Map.of("error", e.getMessage()));
      } catch (RuntimeException | OrtException e) {
        reply = new Reply(500, Map.of("error", String.valueOf(e)));
      }
      byte[] body = JSON.writeValueAsBytes(reply.json());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), body.length);
      exchange.getResponseBody().write(body);
    } finally {
      exchange.close();
    }
  }

  private Reply route(HttpExchange exchange) throws IOException, OrtException {
    String path = exchange.getRequestURI().getPath();
    boolean post = exchange.getRequestMethod().equals("POST");
    if (path.equals("/v2/health/live")) {
      return new Reply(200, Map.of("live", true));
    }
    if (path.equals("/v2/health/ready")) {
      return new Reply(ready.getAsBoolean() ? 200 : 503, Map.of("ready", ready.getAsBoolean()));
    }
    if (path.startsWith("/v1/models/") && path.endsWith(":predict") && post) {
      model(path.substring("/v1/models/".length(), path.length() - ":predict".length()));
      return new Reply(200, Map.of("predictions", v1(body(exchange))));
    }
    if (path.startsWith("/v1/models/") && !post) {
      return status(model(path.substring("/v1/models/".length())));
    }
    if (path.startsWith("/v2/models/") && path.endsWith("/infer") && post) {
      model(path.substring("/v2/models/".length(), path.length() - "/infer".length()));
      return new Reply(200, v2(body(exchange)));
    }
    if (path.startsWith("/v2/models/") && path.endsWith("/ready") && !post) {
      return status(
          model(path.substring("/v2/models/".length(), path.length() - "/ready".length())));
    }
    throw new Failure(404, "Not Found: " + exchange.getRequestMethod() + " " + path);
  }

  private static String model(String name) {
    if (!name.equals(MODEL)) {
      throw new Failure(404, "Model with name " + name + " does not exist.");
    }
    return name;
  }

  private Reply status(String model) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", model);
    json.put("ready", ready.getAsBoolean());
    return new Reply(ready.getAsBoolean() ? 200 : 503, json);
  }

  private JsonNode body(HttpExchange exchange) throws IOException {
    if (!ready.getAsBoolean()) {
      throw new Failure(503, "Model " + MODEL + " is not ready.");
    }
    byte[] bytes = exchange.getRequestBody().readNBytes(TorchServeHandler.MAX_REQUEST_BYTES + 1);
    if (bytes.length > TorchServeHandler.MAX_REQUEST_BYTES) {
      throw new Failure(413, "Request larger than " + TorchServeHandler.MAX_REQUEST_BYTES);
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new Failure(400, "Unrecognized request format: " + e.getMessage());
    }
  }

  /** TF Serving's convention, which KServe v1 keeps: binary data as {@code {"b64": "..."}}. */
  private List<Object> v1(JsonNode request) throws OrtException {
    JsonNode instances = request.get("instances");
    if (instances == null || !instances.isArray() || instances.isEmpty()) {
      throw new Failure(400, "Expected \"instances\" to be a non-empty list");
    }
    List<Object> predictions = new ArrayList<>();
    for (JsonNode instance : instances) {
      JsonNode b64 = instance.get("b64");
      if (b64 == null || !b64.isTextual()) {
        throw new Failure(400, "Each instance must be {\"b64\": \"<base64 image>\"}");
      }
      predictions.add(predict(b64.textValue()).toJson());
    }
    return predictions;
  }

  private Map<String, Object> v2(JsonNode request) throws OrtException {
    JsonNode inputs = request.get("inputs");
    if (inputs == null || !inputs.isArray() || inputs.size() != 1) {
      throw new Failure(400, "Expected one input, the image as BYTES");
    }
    JsonNode input = inputs.get(0);
    if (!"BYTES".equals(input.path("datatype").asText())) {
      throw new Failure(
          400, "Input " + input.path("name").asText() + ": datatype must be BYTES (base64 image)");
    }
    List<DrawingPrediction> batch = new ArrayList<>();
    for (JsonNode data : input.path("data")) {
      batch.add(predict(data.asText()));
    }
    if (batch.isEmpty()) {
      throw new Failure(400, "Input " + input.path("name").asText() + " has no data");
    }
    List<Object> outputs = new ArrayList<>();
    outputs.add(output("thickness", "FP32", batch.stream().map(p -> (Object) p.thickness())));
    outputs.add(output("width", "FP32", batch.stream().map(p -> (Object) p.width())));
    outputs.add(output("material", "BYTES", batch.stream().map(p -> (Object) p.material())));
    outputs.add(output("valid", "BOOL", batch.stream().map(p -> (Object) p.valid())));
    if (reversed) {
      Collections.reverse(outputs);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("model_name", MODEL);
    json.put("model_version", "1");
    if (request.hasNonNull("id")) {
      json.put("id", request.get("id").asText());
    }
    json.put("outputs", outputs);
    return json;
  }

  private static Map<String, Object> output(String name, String datatype, Stream<Object> data) {
    List<Object> values = data.toList();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", name);
    json.put("shape", List.of(values.size()));
    json.put("datatype", datatype);
    json.put("data", values);
    return json;
  }

  private DrawingPrediction predict(String base64) throws OrtException {
    byte[] png;
    try {
      png = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new Failure(400, "Invalid base64 image: " + e.getMessage());
    }
    try {
      return predictor.predictDrawing(ImagePreprocessor.decode(png));
    } catch (ImagePreprocessor.InvalidImageException e) {
      throw new Failure(400, e.getMessage());
    }
  }
}
