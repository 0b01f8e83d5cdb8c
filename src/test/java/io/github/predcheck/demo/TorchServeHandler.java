package io.github.predcheck.demo;

import ai.onnxruntime.OrtException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * TorchServe's HTTP API for the demo models: {@code GET /ping}, {@code GET /models}, {@code GET
 * /models/{name}}, {@code POST|PUT /predictions/{name}} (raw image body or multipart field {@code
 * data}). Models: {@code drawing} (thickness, width, material, valid), {@code classifier} (top five
 * labels to probabilities), {@code thickness} (a bare JSON number) and {@code constant}.
 */
final class TorchServeHandler implements HttpHandler {

  static final List<String> MODELS = List.of("drawing", "classifier", "thickness", "constant");

  /**
   * What the {@code constant} model answers to any request, in the drawing model's shape, without
   * decoding the image or running a model: the cheapest answer a server can give to the same
   * request, so that a benchmark against it measures the client (bench/run.sh).
   */
  static final DrawingPrediction CONSTANT = new DrawingPrediction(1.5, 42.0, "steel", true);

  /** TorchServe's default max_request_size. */
  static final int MAX_REQUEST_BYTES = 6_553_500;

  private final DemoPredictor predictor;
  private final BooleanSupplier ready;
  private final int unavailableEvery;
  private final AtomicLong predictions = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  TorchServeHandler(DemoPredictor predictor, BooleanSupplier ready, int unavailableEvery) {
    this.predictor = predictor;
    this.ready = ready;
    this.unavailableEvery = unavailableEvery;
  }

  /** How many predictions were refused with 503 (--unavailable-every). */
  long refused() {
    return refused.get();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      int status;
      byte[] body;
      try {
        Reply reply = route(exchange);
        status = reply.status();
        body = TorchServeJson.write(reply.json());
      } catch (TorchServeError e) {
        status = e.code;
        body = TorchServeJson.write(e.toJson());
      } catch (RuntimeException e) {
        status = 500;
        body =
            TorchServeJson.write(
                new TorchServeError(500, "InternalServerException", String.valueOf(e)).toJson());
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
    } finally {
      exchange.close();
    }
  }

  private record Reply(int status, Object json) {
    static Reply ok(Object json) {
      return new Reply(200, json);
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/ping")) {
      requireMethod(method, "GET");
      return ready.getAsBoolean()
          ? Reply.ok(Map.of("status", "Healthy"))
          : new Reply(500, Map.of("status", "Unhealthy"));
    }
    if (path.equals("/models") || path.equals("/models/")) {
      requireMethod(method, "GET");
      return Reply.ok(
          Map.of("models", MODELS.stream().sorted().map(TorchServeHandler::listEntry).toList()));
    }
    if (path.startsWith("/models/")) {
      requireMethod(method, "GET");
      return Reply.ok(describe(model(path.substring("/models/".length()))));
    }
    if (path.startsWith("/predictions/")) {
      String model = model(path.substring("/predictions/".length()));
      requireMethod(method, "POST", "PUT");
      if (unavailableEvery > 0 && predictions.incrementAndGet() % unavailableEvery == 0) {
        refused.incrementAndGet();
        throw TorchServeError.noWorker(model);
      }
      return Reply.ok(predict(exchange, model));
    }
    throw TorchServeError.resourceNotFound();
  }

  private static String model(String name) {
    String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    if (!MODELS.contains(trimmed)) {
      throw TorchServeError.modelNotFound(trimmed);
    }
    return trimmed;
  }

  private static void requireMethod(String method, String... allowed) {
    if (!List.of(allowed).contains(method)) {
      throw TorchServeError.methodNotAllowed();
    }
  }

  private static Map<String, Object> listEntry(String model) {
    // LinkedHashMap, not Map.of: Map.of's iteration order changes from run to run.
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("modelName", model);
    json.put("modelUrl", model + ".mar");
    return json;
  }

  private List<Object> describe(String model) {
    Map<String, Object> worker = new LinkedHashMap<>();
    worker.put("id", String.valueOf(9000 + MODELS.indexOf(model)));
    worker.put("status", ready.getAsBoolean() ? "READY" : "LOADING");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("modelName", model);
    json.put("modelVersion", "1.0");
    json.put("modelUrl", model + ".mar");
    json.put("workers", List.of(worker));
    return List.of(json);
  }

  private Object predict(HttpExchange exchange, String model) throws IOException {
    byte[] body = exchange.getRequestBody().readNBytes(MAX_REQUEST_BYTES + 1);
    if (body.length > MAX_REQUEST_BYTES) {
      throw TorchServeError.tooLarge(MAX_REQUEST_BYTES);
    }
    if (!ready.getAsBoolean()) {
      throw TorchServeError.noWorker(model);
    }
    if (model.equals("constant")) {
      return CONSTANT.toJson();
    }
    BufferedImage image;
    try {
      image =
          ImagePreprocessor.decode(
              imageBytes(exchange.getRequestHeaders().getFirst("Content-Type"), body));
    } catch (ImagePreprocessor.InvalidImageException e) {
      throw TorchServeError.invalidInput(e.getMessage());
    }
    try {
      return switch (model) {
        case "drawing" -> predictor.predictDrawing(image).toJson();
        case "thickness" -> predictor.predictDrawing(image).thickness();
        default -> predictor.classify(image);
      };
    } catch (OrtException e) {
      throw TorchServeError.inferenceFailed(e);
    }
  }

  /**
   * The raw body, or for multipart/form-data the "data" field ("body" also works, as in
   * TorchServe).
   */
  private static byte[] imageBytes(String contentType, byte[] body) {
    if (!Multipart.isMultipart(contentType)) {
      return body;
    }
    String boundary =
        Multipart.boundary(contentType)
            .orElseThrow(
                () -> TorchServeError.invalidInput("multipart/form-data without a boundary"));
    Map<String, byte[]> fields;
    try {
      fields = Multipart.parse(body, boundary);
    } catch (IllegalArgumentException e) {
      throw TorchServeError.invalidInput("Malformed multipart body: " + e.getMessage());
    }
    byte[] data = fields.containsKey("data") ? fields.get("data") : fields.get("body");
    if (data == null) {
      throw TorchServeError.invalidInput(
          "Multipart body has no 'data' field; fields: " + fields.keySet());
    }
    return data;
  }
}
