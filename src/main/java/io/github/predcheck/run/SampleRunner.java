package io.github.predcheck.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueComparator;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.config.OutputSet;
import io.github.predcheck.config.OutputSpec;
import io.github.predcheck.core.Log;
import io.github.predcheck.golden.GoldenRow;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.ApiErrors;
import io.github.predcheck.http.ApiResponse;
import io.github.predcheck.json.Json;
import io.github.predcheck.samples.Sample;
import io.github.predcheck.samples.SampleException;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;
import java.util.List;

/** Sends one sample and compares what comes back with its golden rows. */
final class SampleRunner {
  private final SampleFolder folder;
  private final OutputSet outputs;
  private final ApiClient client;
  private final String endpoint;
  private final Log log;

  SampleRunner(SampleFolder folder, OutputSet outputs, ApiClient client, String endpoint, Log log) {
    this.folder = folder;
    this.outputs = outputs;
    this.client = client;
    this.endpoint = endpoint;
    this.log = log;
  }

  /** One result per row, in the rows' order. */
  List<ValueResult> check(String id, List<GoldenRow> rows) {
    Answer answer = ask(id);
    return rows.stream()
        .map(row -> {
          OutputSpec spec = outputs.forRow(row);
          if (answer.error != null) {
            return ValueResult.error(id, spec.name(), row.value(), answer.error);
          }
          return ValueComparator.compare(id, spec.name(), row.value(), valueOf(answer.json, spec), spec.tolerance());
        })
        .toList();
  }

  /** A sample with no golden row: every known output, as obtained. */
  List<ValueResult> obtain(String id) {
    Answer answer = ask(id);
    if (answer.error != null) {
      return List.of(ValueResult.error(id, "*", null, answer.error));
    }
    return outputs.all().stream()
        .map(spec -> {
          JsonNode node = valueOf(answer.json, spec);
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

  private Answer ask(String id) {
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
      return Answer.error("no response from " + endpoint + ": " + describe(e));
    }
    if (log.isDebugEnabled()) {
      log.debug("POST " + endpoint + " " + id + " -> HTTP " + response.status() + " (" + response.millis() + " ms)");
    }
    if (!response.ok()) {
      return Answer.error(ApiErrors.describe(response));
    }
    try {
      return new Answer(Json.parse(response.body()), null);
    } catch (IOException e) {
      return Answer.error("unreadable JSON in the response: " + ApiErrors.clip(response.body().strip(), 120));
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private record Answer(JsonNode json, String error) {
    static Answer error(String message) {
      return new Answer(null, message);
    }
  }
}
