package io.github.predcheck.lifecycle;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Polls each probe in turn until it is satisfied, failing fast when the started API dies and, on
 * timeout, saying what was polled, what it last answered and what the API last logged.
 */
public final class ReadinessWait {
  private static final int LOG_LINES = 20;
  private static final Duration MIN_POLL = Duration.ofSeconds(2);

  private ReadinessWait() {}

  public static void await(Readiness readiness, ApiClient client, RunningApi api, Log log)
      throws RunException {
    long start = System.nanoTime();
    long deadline = start + readiness.timeout().toNanos();
    for (Probe probe : readiness.probes()) {
      String last = "nothing yet";
      boolean conditionUnmet = false;
      while (true) {
        Optional<String> exited = api.exited();
        if (exited.isPresent()) {
          throw new RunException(
              "The API "
                  + exited.get()
                  + " before it was ready (while polling "
                  + probe.describe()
                  + ")."
                  + tail(api));
        }
        long left = deadline - System.nanoTime();
        try {
          // At least 2 s, even past the deadline: a poll cut short would hide the API's last real
          // answer.
          Duration wait =
              Duration.ofNanos(
                  Math.max(Math.min(left, Duration.ofSeconds(5).toNanos()), MIN_POLL.toNanos()));
          ApiResponse r = client.get(URI.create(probe.url()), wait);
          last =
              "HTTP "
                  + r.status()
                  + (r.body().isBlank() ? "" : " " + Words.clip(r.body().strip(), 200));
          conditionUnmet = r.status() == 200 && probe.condition() != null;
          if (probe.anyStatus()
              || (r.status() == 200
                  && (probe.condition() == null || probe.condition().test(r.body())))) {
            log.debug("Ready: " + probe.describe() + " answered " + last);
            break;
          }
        } catch (IOException e) {
          last =
              e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
          conditionUnmet = false;
        }
        if (System.nanoTime() >= deadline) {
          throw new RunException(
              "The API was not ready after "
                  + readiness.timeout().toSeconds()
                  + " s: polled "
                  + probe.describe()
                  + "; it last answered: "
                  + last
                  + ". "
                  + (conditionUnmet
                      ? "It answers, but its body does not meet "
                          + probe.condition().text()
                          + ": check "
                          + Setting.HEALTH_CONDITION
                          + " or "
                          + Setting.READY_CONDITION
                          + "."
                      : "If it needs longer to load, raise "
                          + Setting.HEALTH_TIMEOUT
                          + "; check the URL in "
                          + Setting.HEALTH_URL
                          + " or "
                          + Setting.READY_URL
                          + ".")
                  + tail(api));
        }
        sleep(readiness.interval());
      }
    }
    if (!readiness.probes().isEmpty()) {
      log.info("The API is ready (" + (System.nanoTime() - start) / 1_000_000 + " ms).");
    }
  }

  private static String tail(RunningApi api) {
    List<String> lines = api.logTail(LOG_LINES);
    return lines.isEmpty() ? "" : "\n  Last lines of the API's log:" + LogTail.indent(lines);
  }

  private static void sleep(Duration d) throws RunException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunException("Interrupted while waiting for the API to be ready.", e);
    }
  }
}
