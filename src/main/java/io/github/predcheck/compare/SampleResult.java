package io.github.predcheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one sample gave: a result per expected value (or per obtained value of a sample without
 * goldens, {@code known} false), the response itself where the golden form writes it back, and how
 * many times it was sent again before the answer that counts.
 */
public record SampleResult(
    String id, boolean known, List<ValueResult> values, JsonNode response, int retries) {
  public SampleResult {
    values = List.copyOf(values);
  }

  public SampleResult(String id, boolean known, List<ValueResult> values, JsonNode response) {
    this(id, known, values, response, 0);
  }

  public SampleResult withRetries(int n) {
    return new SampleResult(id, known, values, response, n);
  }

  /** The API failed on this sample: nothing of it may be recorded. */
  public boolean failed() {
    return values.stream().anyMatch(v -> v.status() == Status.ERROR);
  }
}
