package io.github.predcheck.http;

import java.time.Duration;

/**
 * What the API answered: status, body text, how long it took and, for a redirect, the absolute URL
 * it points to (null otherwise). Redirects are never followed with a sample, so a 3xx reaches the
 * caller as it came. {@code retryAfter} is the wait a refusal asked for (Retry-After), or null.
 */
public record ApiResponse(
    int status, String body, long millis, String redirectTo, Duration retryAfter) {
  public ApiResponse(int status, String body, long millis, String redirectTo) {
    this(status, body, millis, redirectTo, null);
  }

  /**
   * Refused rather than answered: TorchServe's 503 when every worker is busy, a gateway's 429. Such
   * an answer says nothing about predictions, so it may be asked again.
   */
  public boolean refused() {
    return status == 503 || status == 429;
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** A 3xx with a Location: the API wants the request sent elsewhere. */
  public boolean redirect() {
    return redirectTo != null;
  }
}
