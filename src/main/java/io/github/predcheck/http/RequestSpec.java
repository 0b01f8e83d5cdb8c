package io.github.predcheck.http;

import io.github.predcheck.core.MaskedMap;
import java.time.Duration;
import java.util.Map;

/**
 * How a sample is sent: the prediction URL, raw body or multipart field, extra headers, the time
 * one request may take (its whole exchange), how many requests run at once, and after how many
 * timeouts or connection failures in a row the API counts as no longer answering, and when a
 * refused or failed request is sent again, and how large an answer may be. The headers print
 * masked: their values may be secrets. {@code template}, when set, wraps each sample in a JSON
 * request.
 */
public record RequestSpec(
    String endpoint,
    String multipartField,
    Map<String, String> headers,
    Duration timeout,
    int threads,
    int maxConsecutiveFailures,
    RetryPolicy retry,
    long maxResponseBytes,
    RequestTemplate template) {
  public static final int DEFAULT_MAX_CONSECUTIVE_FAILURES = 5;

  /**
   * 32 MB: a million numbers as JSON text fit; {@code threads} answers of this size may be in
   * memory at once.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

  /**
   * With the defaults: {@link #DEFAULT_MAX_CONSECUTIVE_FAILURES}, {@link RetryPolicy#DEFAULT},
   * {@link #DEFAULT_MAX_RESPONSE_BYTES}, each sample sent as it is; the {@code with} methods change
   * one of them.
   */
  public RequestSpec(
      String endpoint,
      String multipartField,
      Map<String, String> headers,
      Duration timeout,
      int threads) {
    this(
        endpoint,
        multipartField,
        headers,
        timeout,
        threads,
        DEFAULT_MAX_CONSECUTIVE_FAILURES,
        RetryPolicy.DEFAULT,
        DEFAULT_MAX_RESPONSE_BYTES,
        null);
  }

  public RequestSpec withMaxConsecutiveFailures(int limit) {
    return new RequestSpec(
        endpoint,
        multipartField,
        headers,
        timeout,
        threads,
        limit,
        retry,
        maxResponseBytes,
        template);
  }

  public RequestSpec withRetry(RetryPolicy policy) {
    return new RequestSpec(
        endpoint,
        multipartField,
        headers,
        timeout,
        threads,
        maxConsecutiveFailures,
        policy,
        maxResponseBytes,
        template);
  }

  public RequestSpec withMaxResponseBytes(long limit) {
    return new RequestSpec(
        endpoint,
        multipartField,
        headers,
        timeout,
        threads,
        maxConsecutiveFailures,
        retry,
        limit,
        template);
  }

  /** The same requests to another API: a diff's baseline. */
  public RequestSpec withEndpoint(String url) {
    return new RequestSpec(
        url,
        multipartField,
        headers,
        timeout,
        threads,
        maxConsecutiveFailures,
        retry,
        maxResponseBytes,
        template);
  }

  public RequestSpec withTemplate(RequestTemplate wrapping) {
    return new RequestSpec(
        endpoint,
        multipartField,
        headers,
        timeout,
        threads,
        maxConsecutiveFailures,
        retry,
        maxResponseBytes,
        wrapping);
  }

  public RequestSpec {
    headers = headers == null ? Map.of() : MaskedMap.copyOf(headers);
    if (multipartField != null && multipartField.isBlank()) {
      multipartField = null;
    }
    if (timeout == null) {
      timeout = Duration.ofSeconds(60);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    retry = retry == null ? RetryPolicy.DEFAULT : retry;
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be at least 1, was " + maxResponseBytes);
    }
    if (template != null && multipartField != null) {
      throw new IllegalArgumentException(
          "a request template and a multipart field exclude each other");
    }
    if (maxConsecutiveFailures < 1) {
      throw new IllegalArgumentException(
          "maxConsecutiveFailures must be at least 1, was " + maxConsecutiveFailures);
    }
  }
}
