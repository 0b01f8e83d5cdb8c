package io.github.predcheck.http;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * The exchange of one request (connect, send, the whole answer) did not end within the request
 * timeout; the request was cut off then, however slowly the API was still trickling bytes.
 */
public final class RequestTimeoutException extends InterruptedIOException {
  private final Duration limit;

  RequestTimeoutException(Duration limit, Throwable cut) {
    super("no complete answer within " + text(limit));
    this.limit = limit;
    initCause(cut);
  }

  /** The time allowed: "5 s", or "500 ms" off whole seconds. */
  public String limitText() {
    return text(limit);
  }

  private static String text(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
