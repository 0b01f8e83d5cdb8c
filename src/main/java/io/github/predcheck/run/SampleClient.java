package io.github.predcheck.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.predcheck.core.ByteSize;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.Words;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.ApiErrors;
import io.github.predcheck.http.ApiResponse;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.http.RequestTemplate;
import io.github.predcheck.http.RequestTimeoutException;
import io.github.predcheck.http.ResponseTooLargeException;
import io.github.predcheck.http.RetryPolicy;
import io.github.predcheck.http.Urls;
import io.github.predcheck.json.Json;
import io.github.predcheck.samples.Sample;
import io.github.predcheck.samples.SampleException;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one sample by id and turns whatever happens into an {@link Answer}. Once the API has
 * stopped answering (see {@link FailureStreak}) it sends nothing more and answers every sample with
 * that one cause.
 */
final class SampleClient {
  private final SampleFolder folder;
  private final ApiClient client;
  private final String endpoint;
  private final FailureStreak streak;
  private final RetryPolicy retry;
  private final RequestTemplate template;
  private final Log log;
  private final AtomicBoolean warnedTooLarge = new AtomicBoolean();

  SampleClient(SampleFolder folder, ApiClient client, String endpoint, RequestSpec spec, Log log) {
    this.folder = folder;
    this.client = client;
    this.endpoint = endpoint;
    this.streak = new FailureStreak(spec.maxConsecutiveFailures());
    this.retry = spec.retry();
    this.template = spec.template();
    this.log = log;
  }

  Answer ask(String id) {
    Sample sample;
    try {
      sample = folder.resolve(id);
    } catch (SampleException e) {
      return Answer.error(e.getMessage());
    }
    byte[] json = null;
    if (template != null) {
      // Once per sample, not per retry; a file that cannot be read is no failure of the API.
      try {
        json = template.render(sample);
      } catch (IOException e) {
        return Answer.error("cannot read the sample file " + sample.file() + ": " + e);
      }
    }
    for (int retries = 0; ; retries++) {
      String stopped = streak.stopped();
      if (stopped != null) {
        return Answer.error(stopped).retried(retries);
      }
      ApiResponse response;
      try {
        response =
            json == null ? client.predict(endpoint, sample) : client.predictJson(endpoint, json);
      } catch (ResponseTooLargeException e) {
        // The API answered: no failure in a row, and asking again would get the same answer.
        streak.answered();
        return Answer.error(tooLarge(e)).retried(retries);
      } catch (IOException e) {
        String cause = noAnswer(e);
        if (streak.failed(cause)) {
          warnStopped(cause);
        }
        boolean again =
            retries < retry.retries() && retry.on().contains(kind(e)) && streak.stopped() == null;
        if (again && pause(retries + 1, null)) {
          continue;
        }
        return Answer.error(cause).retried(retries);
      }
      streak.answered();
      // A refusal (all workers busy, rate limited) says nothing about predictions: ask again.
      if (response.refused()
          && retries < retry.retries()
          && pause(retries + 1, response.retryAfter())) {
        continue;
      }
      return answer(id, response).retried(retries);
    }
  }

  /** Waits before a retry; false when interrupted, so the sample ends with what it got. */
  private boolean pause(int retry, Duration retryAfter) {
    try {
      Thread.sleep(this.retry.wait(retry, retryAfter).toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static RetryPolicy.Cause kind(IOException e) {
    return e instanceof RequestTimeoutException
        ? RetryPolicy.Cause.TIMEOUT
        : RetryPolicy.Cause.CONNECTION;
  }

  private Answer answer(String id, ApiResponse response) {
    if (log.isDebugEnabled()) {
      log.debug(
          "POST "
              + Urls.redact(endpoint)
              + " "
              + id
              + " -> HTTP "
              + response.status()
              + " ("
              + response.millis()
              + " ms)");
    }
    if (response.redirect()) {
      // Following it would send the sample and the headers (an API key) wherever the API says.
      return Answer.error(
          "HTTP "
              + response.status()
              + ": the endpoint redirects to "
              + Urls.redact(response.redirectTo())
              + "; configure that URL (samples are not sent on to another URL)");
    }
    if (!response.ok()) {
      return Answer.error(ApiErrors.describe(response));
    }
    try {
      return new Answer(Json.parse(response.body()), null, 0);
    } catch (JsonProcessingException e) {
      return Answer.error(
          "unreadable JSON in the response: "
              + Json.problem(e)
              + "; it starts with: "
              + Words.clip(response.body().strip().replaceAll("\\s+", " "), 120));
    }
  }

  private String tooLarge(ResponseTooLargeException e) {
    if (!warnedTooLarge.getAndSet(true)) {
      log.warn(
          "The API answered with more than "
              + ByteSize.text(e.limit())
              + ", the most predcheck reads of one answer; such samples are errors. If answers"
              + " this large are expected, raise "
              + Setting.MAX_RESPONSE_BYTES
              + ".");
    }
    return "the response is larger than "
        + ByteSize.text(e.limit())
        + ", the most read of one answer (maximum response size); it was not read";
  }

  private String noAnswer(IOException e) {
    if (e instanceof RequestTimeoutException timeout) {
      return "no complete answer from "
          + Urls.redact(endpoint)
          + " within the request timeout of "
          + timeout.limitText();
    }
    String m = e.getMessage();
    return "no response from "
        + Urls.redact(endpoint)
        + ": "
        + e.getClass().getSimpleName()
        + (m == null ? "" : ": " + m);
  }

  private void warnStopped(String cause) {
    log.warn(
        "The API at "
            + Urls.redact(endpoint)
            + " stopped answering: "
            + streak.limitText()
            + ", the last: "
            + cause
            + ". The remaining samples are not sent; each is reported as an error. If the API is"
            + " only slow, raise "
            + Setting.REQUEST_TIMEOUT
            + "; to allow more failures in a row, raise "
            + Setting.MAX_CONSECUTIVE_FAILURES
            + ".");
  }
}
