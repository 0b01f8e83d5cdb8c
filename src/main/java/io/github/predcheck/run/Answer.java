package io.github.predcheck.run;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the API answered for one sample: its JSON, or why there is none; and how many times the
 * sample was sent again before that (after refusals, or failures the user asked to retry).
 */
public record Answer(JsonNode json, String error, int retries) {
  static Answer error(String message) {
    return new Answer(null, message, 0);
  }

  Answer retried(int n) {
    return new Answer(json, error, n);
  }
}
