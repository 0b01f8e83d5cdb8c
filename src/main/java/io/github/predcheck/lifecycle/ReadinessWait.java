package io.github.predcheck.lifecycle;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.ApiResponse;
import io.github.predcheck.http.Urls;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Polls each probe in turn until it is satisfied, failing fast when the started API dies, or in url
 * mode when nothing listens, and, on timeout, saying what was polled, what it last answered and
 * what the API last logged.
 */
public final class ReadinessWait {
  private static final int LOG_LINES = 20;
  private static final Duration MIN_POLL = Duration.ofSeconds(2);

  /**
   * In url mode, how long only refused connections are borne: nothing listens there, and nothing
   * predcheck started is on its way, so waiting the whole timeout would only delay the same error.
   */
  static final Duration REFUSED_LIMIT = Duration.ofSeconds(5);

  /**
   * The healthTimeout default. A longer timeout is the user saying the API may need that long even
   * to open its port (started by another plugin, say): then refusals are waited out.
   */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private ReadinessWait() {}

  public static void await(Readiness readiness, ApiClient client, RunningApi api, Log log)
      throws RunException {
    long start = System.nanoTime();
    long deadline = start + readiness.timeout().toNanos();
    boolean urlMode = api == RunningApi.NONE;
    boolean failFast = urlMode && readiness.timeout().compareTo(DEFAULT_TIMEOUT) <= 0;
    boolean onlyRefused = true;
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
          onlyRefused = false;
          last =
              "HTTP "
                  + r.status()
                  + (r.redirect()
                      ? " redirecting to "
                          + Urls.redact(r.redirectTo())
                          + " (followed only within the same host)"
                      : "")
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
          onlyRefused &= refused(e);
        }
        long waited = System.nanoTime() - start;
        if (urlMode
            && onlyRefused
            && (failFast && waited >= REFUSED_LIMIT.toNanos() || System.nanoTime() >= deadline)) {
          throw nothingListens(probe.url(), last, Duration.ofNanos(waited), failFast);
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

  /** Connection refused (or no route): nothing listens at that address. */
  private static boolean refused(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  private static RunException nothingListens(
      String url, String last, Duration waited, boolean couldWaitLonger) {
    URI uri = URI.create(url);
    int port =
        uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return new RunException(
        "Nothing listens at "
            + uri.getHost()
            + ":"
            + port
            + ": start the API, or let predcheck start it with "
            + Setting.COMMAND
            + " or "
            + Setting.COMPOSE
            + ". Every connection to "
            + Urls.redact(url)
            + " was refused for "
            + Math.max(1, Math.round(waited.toMillis() / 1000.0))
            + " s ("
            + last
            + ")."
            + (couldWaitLonger
                ? " If another plugin starts the API and it opens its port later, set "
                    + Setting.HEALTH_TIMEOUT
                    + " above "
                    + DEFAULT_TIMEOUT.toSeconds()
                    + " s to wait for it."
                : ""));
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
