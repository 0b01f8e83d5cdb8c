package io.github.predcheck.golden.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.JsonComparator;
import io.github.predcheck.compare.JsonRules;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.json.Json;
import java.util.List;

/** JSON documents as a form: each response compared structurally with the sample's document. */
final class JsonForm implements GoldenForm<JsonNode> {
  /** The whole response: where a sample without a document, or a failed one, is reported. */
  static final String WHOLE = "/";

  private final JsonRules rules;
  private final JsonComparator comparator;

  JsonForm(JsonRules rules) {
    this.rules = rules;
    this.comparator = new JsonComparator(rules);
  }

  @Override
  public SampleResult compare(String id, JsonNode expected, JsonNode response) {
    if (expected == null) {
      ValueResult obtained =
          new ValueResult(
              id,
              WHOLE,
              null,
              response.toString(),
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Status.NEW,
              null);
      return new SampleResult(id, false, List.of(obtained), response);
    }
    return new SampleResult(id, true, comparator.compare(id, expected, response), response);
  }

  /** Results name each value by its JSON Pointer; a ranking check or the whole document, none. */
  @Override
  public Tolerance tolerance(String output) {
    return output.startsWith("/") && !output.equals(WHOLE) && !output.endsWith(")")
        ? rules.toleranceFor(Json.segments(output))
        : null;
  }

  @Override
  public JsonNode expectedOf(String id, JsonNode response) {
    return response;
  }

  /** The first tolerance pattern that matches the value's path, else the path with indexes as *. */
  @Override
  public String group(String output) {
    if (!output.startsWith("/") || output.equals(WHOLE) || output.endsWith(")")) {
      return output;
    }
    List<String> path = Json.segments(output);
    String pattern = rules.patternFor(path);
    return pattern != null
        ? pattern
        : Json.pointer(path.stream().map(s -> Json.isIndex(s) ? "*" : s).toList());
  }

  @Override
  public SampleResult failed(String id, JsonNode expected, String error) {
    return new SampleResult(
        id, expected != null, List.of(ValueResult.error(id, WHOLE, null, error)), null);
  }
}
