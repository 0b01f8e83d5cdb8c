package io.github.predcheck.golden.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueComparator;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Doubles;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Golden CSV rows as a form: each row's cell against the output its name picks in the response. */
final class CsvForm implements GoldenForm<List<GoldenRow>> {
  /** The output name of a sample without rows, when its values could not be obtained. */
  static final String ANY_OUTPUT = "*";

  /** The columns of rows made from an answer: id, value, name. */
  private static final GoldenLayout ANSWER_LAYOUT =
      new GoldenLayout(List.of("id", "value", "name"), 0, 1, 2);

  private final OutputSet outputs;
  private final Path path;

  CsvForm(OutputSet outputs, Path path) {
    this.outputs = outputs;
    this.path = path;
  }

  /** One result per row, in the rows' order; a sample without rows gets every known output, NEW. */
  @Override
  public SampleResult compare(String id, List<GoldenRow> rows, JsonNode response) {
    if (rows == null) {
      return new SampleResult(id, false, obtain(id, response), null);
    }
    List<ValueResult> values = new ArrayList<>(rows.size());
    for (GoldenRow row : rows) {
      OutputSpec spec = outputs.forRow(row);
      JsonNode value = valueOf(response, spec);
      Double expected = value.isNumber() ? Doubles.parse(row.value()) : null;
      if (value.isMissingNode()) {
        values.add(ValueResult.error(id, spec.name(), row.value(), missing(response, spec)));
      } else if (value.isNumber() && expected == null) {
        values.add(ValueResult.error(id, spec.name(), row.value(), notANumber(row)));
      } else if (value.isNumber()) {
        // What ValueComparator.compare does with a number, without parsing the cell again.
        values.add(
            ValueComparator.numeric(
                id, spec.name(), row.value(), value.doubleValue(), expected, spec.tolerance()));
      } else {
        values.add(ValueComparator.compare(id, spec.name(), row.value(), value, spec.tolerance()));
      }
    }
    return new SampleResult(id, true, values, null);
  }

  @Override
  public Tolerance tolerance(String output) {
    OutputSpec spec = outputs.named(output);
    return spec == null ? null : spec.tolerance();
  }

  @Override
  public SampleResult failed(String id, List<GoldenRow> rows, String error) {
    if (rows == null) {
      return new SampleResult(
          id, false, List.of(ValueResult.error(id, ANY_OUTPUT, null, error)), null);
    }
    return new SampleResult(
        id,
        true,
        rows.stream()
            .map(row -> ValueResult.error(id, outputs.forRow(row).name(), row.value(), error))
            .toList(),
        null);
  }

  /** The answer's value of each output as rows, in the form of a golden file without a file. */
  @Override
  public List<GoldenRow> expectedOf(String id, JsonNode response) {
    List<GoldenRow> rows = new ArrayList<>();
    for (ValueResult v : obtain(id, response)) {
      if (v.actual() != null) {
        rows.add(new GoldenRow(0, List.of(id, v.actual(), v.output()), 0, 0, ANSWER_LAYOUT));
      }
    }
    return rows;
  }

  @Override
  public String group(String output) {
    return output;
  }

  private List<ValueResult> obtain(String id, JsonNode response) {
    List<OutputSpec> specs = outputs.all().isEmpty() ? inferred(response) : outputs.all();
    if (specs.isEmpty()) {
      return List.of(
          ValueResult.error(
              id,
              ANY_OUTPUT,
              null,
              "the response has no number, string or"
                  + " boolean at its top level; name the outputs and their JSON Pointers"));
    }
    return specs.stream()
        .map(
            spec -> {
              JsonNode node = valueOf(response, spec);
              if (node.isMissingNode() || node.isContainerNode()) {
                return ValueResult.error(id, spec.name(), null, missing(response, spec));
              }
              if (node.isNull()) {
                return ValueResult.error(
                    id, spec.name(), null, "output '" + spec.name() + "' is null in the response");
              }
              return new ValueResult(
                  id,
                  spec.name(),
                  null,
                  ValueComparator.textOf(node),
                  Double.NaN,
                  Double.NaN,
                  Double.NaN,
                  Status.NEW,
                  null);
            })
        .toList();
  }

  /**
   * With no output named anywhere (a golden file being created), every number, string and boolean
   * at the top of the response is an output; a bare value is one output, "prediction".
   */
  private static List<OutputSpec> inferred(JsonNode response) {
    if (response.isValueNode()) {
      return List.of(new OutputSpec("prediction", "", Tolerance.DEFAULT));
    }
    List<OutputSpec> specs = new ArrayList<>();
    response
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (response.get(name).isValueNode() && !response.get(name).isNull()) {
                specs.add(new OutputSpec(name, null, Tolerance.DEFAULT));
              }
            });
    return specs;
  }

  /** A golden cell that cannot be what the API answers: the golden file is wrong, not the API. */
  private String notANumber(GoldenRow row) {
    return path
        + " line "
        + row.line()
        + " column "
        + (row.layout().valueColumn() + 1)
        + ": the golden value '"
        + row.value()
        + "' is not a number, but the API answers one;"
        + " fix the value in the golden file";
  }

  /** Why an output has no value: where it was looked for, and what the response holds instead. */
  private String missing(JsonNode response, OutputSpec spec) {
    if (response.isValueNode()) {
      return "output '"
          + spec.name()
          + "': the response is a bare value, but "
          + outputs.all().size()
          + " outputs are expected; a bare value serves a single output";
    }
    String problem = Json.find(response, spec.pointer()).problem();
    if (problem != null) {
      return "output '" + spec.name() + "' at " + spec.pointer() + ": " + problem;
    }
    List<String> keys = new ArrayList<>();
    response.fieldNames().forEachRemaining(keys::add);
    return "output '"
        + spec.name()
        + "' is missing from the response: nothing at "
        + spec.pointer()
        + (response.isObject()
            ? " (its keys: " + Words.clip(String.join(", ", keys), 160) + ")"
            : " (it is an array)")
        + "; check the output's JSON Pointer";
  }

  /** The output's value; a bare-value response (TorchServe's "8.38") serves a single output. */
  private JsonNode valueOf(JsonNode response, OutputSpec spec) {
    return response.isValueNode() && outputs.all().size() == 1
        ? response
        : Json.at(response, spec.pointer());
  }
}
