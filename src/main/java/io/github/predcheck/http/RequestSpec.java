package io.github.predcheck.http;

import java.time.Duration;
import java.util.Map;

/**
 * How a sample is sent: the prediction URL, raw body or multipart field, extra headers, the time
 * one request may take and how many requests run at once.
 */
public record RequestSpec(
    String endpoint,
    String multipartField,
    Map<String, String> headers,
    Duration timeout,
    int threads) {
  public RequestSpec {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    if (multipartField != null && multipartField.isBlank()) {
      multipartField = null;
    }
    if (timeout == null) {
      timeout = Duration.ofSeconds(60);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }
}
