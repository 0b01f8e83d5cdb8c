package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.Words;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.ApiErrors;
import io.github.predcheck.http.ApiResponse;
import io.github.predcheck.http.Urls;
import io.github.predcheck.json.Json;
import io.github.predcheck.samples.Sample;
import io.github.predcheck.samples.SampleException;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;

/** Sends one sample by id and turns whatever happens into an {@link Answer}. */
final class SampleClient {
  private final SampleFolder folder;
  private final ApiClient client;
  private final String endpoint;
  private final Log log;

  SampleClient(SampleFolder folder, ApiClient client, String endpoint, Log log) {
    this.folder = folder;
    this.client = client;
    this.endpoint = endpoint;
    this.log = log;
  }

  Answer ask(String id) {
    Sample sample;
    try {
      sample = folder.resolve(id);
    } catch (SampleException e) {
      return Answer.error(e.getMessage());
    }
    ApiResponse response;
    try {
      response = client.predict(endpoint, sample);
    } catch (IOException e) {
      String m = e.getMessage();
      return Answer.error(
          "no response from "
              + Urls.redact(endpoint)
              + ": "
              + e.getClass().getSimpleName()
              + (m == null ? "" : ": " + m));
    }
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
    if (!response.ok()) {
      return Answer.error(ApiErrors.describe(response));
    }
    try {
      return new Answer(Json.parse(response.body()), null);
    } catch (IOException e) {
      return Answer.error(
          "unreadable JSON in the response: " + Words.clip(response.body().strip(), 120));
    }
  }
}
