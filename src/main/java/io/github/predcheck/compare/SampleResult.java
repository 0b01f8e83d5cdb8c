package io.github.predcheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one sample gave: a result per expected value (or per obtained value of a sample without
 * goldens, {@code known} false), and the response itself where the golden form writes it back.
 */
public record SampleResult(String id, boolean known, List<ValueResult> values, JsonNode response) {
  public SampleResult {
    values = List.copyOf(values);
  }

  /** The API failed on this sample: nothing of it may be recorded. */
  public boolean failed() {
    return values.stream().anyMatch(v -> v.status() == Status.ERROR);
  }
}
