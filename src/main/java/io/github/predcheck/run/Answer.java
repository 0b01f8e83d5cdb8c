package io.github.predcheck.run;

import com.fasterxml.jackson.databind.JsonNode;

/** What the API answered for one sample: its JSON, or why there is none. */
record Answer(JsonNode json, String error) {
  static Answer error(String message) {
    return new Answer(null, message);
  }
}
