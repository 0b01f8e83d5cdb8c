package io.github.predcheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.core.Words;
import io.github.predcheck.json.Json;

/**
 * Describes an HTTP error in the API's own words: TorchServe's {@code {"code", "type", "message"}},
 * or the start of the body. The text is the key by which errors are grouped.
 */
public final class ApiErrors {
  private ApiErrors() {}

  public static String describe(ApiResponse response) {
    String words = ownWords(response.body());
    return "HTTP " + response.status() + (words.isEmpty() ? "" : " " + words);
  }

  static String ownWords(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode json = Json.parse(body);
      String type = json.path("type").asText("");
      String message = json.path("message").asText(json.path("error").asText(""));
      if (!message.isEmpty()) {
        return type.isEmpty() ? message : type + ": " + message;
      }
    } catch (Exception notJson) {
      // fall through to the raw text
    }
    return Words.clip(body.strip().replaceAll("\\s+", " "), 200);
  }
}
