package io.github.predcheck.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answered in TorchServe's shape: {@code {"code": 404, "type": "...", "message": "..."}}.
 */
final class TorchServeError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int code;
  final String type;

  TorchServeError(int code, String type, String message) {
    super(message);
    this.code = code;
    this.type = type;
  }

  static TorchServeError modelNotFound(String model) {
    return new TorchServeError(404, "ModelNotFoundException", "Model not found: " + model);
  }

  static TorchServeError resourceNotFound() {
    return new TorchServeError(
        404,
        "ResourceNotFoundException",
        "Requested resource is not found, please refer to API document.");
  }

  static TorchServeError methodNotAllowed() {
    return new TorchServeError(
        405,
        "MethodNotAllowedException",
        "Requested method is not allowed, please refer to API document.");
  }

  static TorchServeError invalidInput(String message) {
    return new TorchServeError(400, "InvalidInputException", message);
  }

  static TorchServeError noWorker(String model) {
    return new TorchServeError(
        503,
        "ServiceUnavailableException",
        "Model \""
            + model
            + "\" has no worker to serve inference request. Please use scale workers API to add workers.");
  }

  static TorchServeError tooLarge(int limit) {
    return new TorchServeError(
        413,
        "RequestEntityTooLargeException",
        "Request body exceeds the limit of " + limit + " bytes");
  }

  static TorchServeError inferenceFailed(Exception cause) {
    return new TorchServeError(
        500, "InternalServerException", "Failed to run inference: " + cause.getMessage());
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code);
    json.put("type", type);
    json.put("message", getMessage());
    return json;
  }
}
