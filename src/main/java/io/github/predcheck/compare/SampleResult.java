package io.github.predcheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one sample gave: a result per expected value (or per obtained value of a sample without
 * goldens, {@code known} false), the response itself where the golden form writes it back, and how
 * many times it was sent again before the answer that counts.
 *
 * <p>{@code values} may hold its numbers as columns (a JSON document of a million numbers): each
 * {@code get} then makes a new ValueResult, equal to the last. Ask {@link #count} and {@link #any}
 * for statuses: they read no text.
 */
public record SampleResult(
    String id, boolean known, List<ValueResult> values, JsonNode response, int retries) {
  public SampleResult {
    // Columns are immutable already; copying them would make every ValueResult at once.
    values = values instanceof ValueColumns ? values : List.copyOf(values);
  }

  public SampleResult(String id, boolean known, List<ValueResult> values, JsonNode response) {
    this(id, known, values, response, 0);
  }

  public SampleResult withRetries(int n) {
    return new SampleResult(id, known, values, response, n);
  }

  /** The API failed on this sample: nothing of it may be recorded. */
  public boolean failed() {
    return any(Status.ERROR);
  }

  public boolean any(Status status) {
    return count(status, true) > 0;
  }

  /** How many of the values have this status. */
  public int count(Status status) {
    return count(status, false);
  }

  private int count(Status status, boolean first) {
    int n = 0;
    for (int i = 0; i < values.size() && !(first && n > 0); i++) {
      if (statusAt(i) == status) {
        n++;
      }
    }
    return n;
  }

  private Status statusAt(int i) {
    return values instanceof ValueColumns c ? c.status(i) : values.get(i).status();
  }
}
