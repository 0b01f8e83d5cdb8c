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
          JsonNode value = valueOf(answer.json(), spec);
          if (value.isMissingNode()) {
            return ValueResult.error(id, spec.name(), row.value(), missing(answer.json(), spec));
          }
          return ValueComparator.compare(id, spec.name(), row.value(), value, spec.tolerance());
        })
        .toList();
  }

  /** A sample with no golden row: every known output, as obtained. */
  List<ValueResult> obtain(String id) {
    Answer answer = client.ask(id);
    if (answer.error() != null) {
      return List.of(ValueResult.error(id, "*", null, answer.error()));
    }
    List<OutputSpec> specs = outputs.all().isEmpty() ? inferred(answer.json()) : outputs.all();
    if (specs.isEmpty()) {
      return List.of(ValueResult.error(id, "*", null, "the response has no number, string or boolean at its top level;"
          + " name the outputs and their JSON Pointers in <outputs>"));
    }
    return specs.stream()
        .map(spec -> {
          JsonNode node = valueOf(answer.json(), spec);
          if (node.isMissingNode() || node.isContainerNode()) {
            return ValueResult.error(id, spec.name(), null, missing(answer.json(), spec));
          }
          String text = ValueComparator.textOf(node);
          return new ValueResult(id, spec.name(), null, text, Double.NaN, Double.NaN, Double.NaN, Status.NEW, null);
        })
        .toList();
  }

  /**
   * With no output named anywhere (a golden file being created), every number, string and boolean
   * at the top of the response is an output; a bare value is one output, "prediction".
   */
  private List<OutputSpec> inferred(JsonNode response) {
    if (response.isValueNode()) {
      return List.of(new OutputSpec("prediction", "", io.github.predcheck.compare.Tolerance.DEFAULT));
    }
    List<OutputSpec> specs = new java.util.ArrayList<>();
    response.fieldNames().forEachRemaining(name -> {
      if (response.get(name).isValueNode() && !response.get(name).isNull()) {
        specs.add(new OutputSpec(name, null, io.github.predcheck.compare.Tolerance.DEFAULT));
      }
    });
    return specs;
  }

  /** Why an output has no value: where it was looked for, and what the response holds instead. */
  private String missing(JsonNode response, OutputSpec spec) {
    if (response.isValueNode()) {
      return "output '" + spec.name() + "': the response is a bare value, but " + outputs.all().size()
          + " outputs are expected; a bare value serves a single output";
    }
    List<String> keys = new java.util.ArrayList<>();
    response.fieldNames().forEachRemaining(keys::add);
    return "output '" + spec.name() + "' is missing from the response: nothing at " + spec.pointer()
        + (response.isObject() ? " (its keys: " + io.github.predcheck.http.ApiErrors.clip(String.join(", ", keys), 160) + ")"
            : " (it is an array)")
        + "; check the output's <pointer>";
  }

  /** The output's value; a bare-value response (TorchServe's "8.38") serves a single output. */
  private JsonNode valueOf(JsonNode response, OutputSpec spec) {
    return response.isValueNode() && outputs.all().size() == 1 ? response : Json.at(response, spec.pointer());
  }
}
