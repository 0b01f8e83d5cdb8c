package io.github.predcheck.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueComparator;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.config.OutputSet;
import io.github.predcheck.config.OutputSpec;
import io.github.predcheck.golden.GoldenRow;
import io.github.predcheck.json.Json;
import java.util.List;

/** Compares what the API returned for one sample with its golden CSV rows. */
final class CsvSampleCheck {
  private final OutputSet outputs;
  private final SampleClient client;

  CsvSampleCheck(OutputSet outputs, SampleClient client) {
    this.outputs = outputs;
    this.client = client;
  }

  /** One result per row, in the rows' order. */
  List<ValueResult> check(String id, List<GoldenRow> rows) {
    Answer answer = client.ask(id);
    return rows.stream()
        .map(row -> {
          OutputSpec spec = outputs.forRow(row);
          if (answer.error() != null) {
            return ValueResult.error(id, spec.name(), row.value(), answer.error());
          }
          return ValueComparator.compare(id, spec.name(), row.value(), valueOf(answer.json(), spec), spec.tolerance());
        })
        .toList();
  }

  /** A sample with no golden row: every known output, as obtained. */
  List<ValueResult> obtain(String id) {
    Answer answer = client.ask(id);
    if (answer.error() != null) {
      return List.of(ValueResult.error(id, "*", null, answer.error()));
    }
    return outputs.all().stream()
        .map(spec -> {
          JsonNode node = valueOf(answer.json(), spec);
          if (node.isMissingNode() || node.isContainerNode()) {
            return ValueResult.error(id, spec.name(), null, "output '" + spec.name() + "' is missing from the response");
          }
          String text = ValueComparator.textOf(node);
          return new ValueResult(id, spec.name(), null, text, Double.NaN, Double.NaN, Double.NaN, Status.NEW, null);
        })
        .toList();
  }

  /** The output's value; a bare-value response (TorchServe's "8.38") serves a single output. */
  private JsonNode valueOf(JsonNode response, OutputSpec spec) {
    return response.isValueNode() && outputs.all().size() == 1 ? response : Json.at(response, spec.pointer());
  }
}
