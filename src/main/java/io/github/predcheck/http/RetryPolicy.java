package io.github.predcheck.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.core5.http.Header;

/**
 * When a sample is sent again: after a refusal (503, 429) up to {@code retries} times, and after a
 * timeout or a failed connection only when {@code on} says so (a POST that may have reached the API
 * is not repeated unasked). Waits grow exponentially with jitter; a Retry-After is honoured up to a
 * cap.
 */
public record RetryPolicy(int retries, Set<Cause> on) {
  /** Failures that are retried only when named: each may hide a request the API did get. */
  public enum Cause {
    TIMEOUT,
    CONNECTION
  }

  public static final RetryPolicy DEFAULT = new RetryPolicy(2, Set.of());
  static final Duration FIRST_WAIT = Duration.ofMillis(200);
  static final Duration MAX_WAIT = Duration.ofSeconds(5);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

  public RetryPolicy {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be at least 0, was " + retries);
    }
    on = Set.copyOf(on);
  }

  /**
   * The wait before attempt {@code retry} (1 for the first retry): 200 ms, 400 ms, 800 ms … up to 5
   * s, each between half and one and a half of that; or the server's Retry-After, up to 30 s.
   */
  public Duration wait(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }
    long base = Math.min(MAX_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(retry - 1, 20));
    return Duration.ofMillis((long) (base * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(Header header) {
    if (header == null) {
      return null;
    }
    String value = header.getValue().strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until =
            Duration.between(
                ZonedDateTime.now(),
                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return until.isNegative() ? Duration.ZERO : until;
      } catch (RuntimeException notADate) {
        return null;
      }
    }
  }
}
