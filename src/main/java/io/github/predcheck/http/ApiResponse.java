package io.github.predcheck.http;

/**
 * What the API answered: status, body text, how long it took and, for a redirect, the absolute URL
 * it points to (null otherwise). Redirects are never followed with a sample, so a 3xx reaches the
 * caller as it came.
 */
public record ApiResponse(int status, String body, long millis, String redirectTo) {
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** A 3xx with a Location: the API wants the request sent elsewhere. */
  public boolean redirect() {
    return redirectTo != null;
  }
}
