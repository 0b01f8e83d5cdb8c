package io.github.predcheck.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.JsonComparator;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.golden.JsonGoldens;
import io.github.predcheck.samples.SampleFolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One execution against structured goldens: each response compared with its expected document. */
public final class JsonCheck {
  private JsonCheck() {}

  private record Outcome(List<ValueResult> values, JsonNode response) {}

  public static CheckResult run(CheckConfig config, JsonGoldens goldens, Log log) throws PredcheckException {
    long start = System.nanoTime();
    SampleFolder folder = SampleFolder.open(config.samples());
    List<String> newIds = Check.newSampleIds(folder, goldens.expected().keySet());
    List<String> ids = new ArrayList<>(goldens.expected().keySet());
    ids.addAll(newIds);
    JsonComparator comparator = new JsonComparator(config.json().rules());
    String what = goldens.expected().size() + " samples (JSON goldens in " + goldens.path().getFileName() + ")"
        + (newIds.isEmpty() ? "" : " and " + newIds.size() + " new samples");
    List<Outcome> outcomes = SampleBatch.run(config, folder, ids, what, log, (client, id) -> {
      Answer answer = client.ask(id);
      if (answer.error() != null) {
        return new Outcome(List.of(ValueResult.error(id, "/", null, answer.error())), null);
      }
      JsonNode expected = goldens.expected().get(id);
      if (expected == null) {
        return new Outcome(List.of(new ValueResult(id, "/", null, answer.json().toString(), Double.NaN, Double.NaN,
            Double.NaN, Status.NEW, null)), answer.json());
      }
      return new Outcome(comparator.compare(id, expected, answer.json()), answer.json());
    });
    List<ValueResult> known = new ArrayList<>();
    List<ValueResult> fresh = new ArrayList<>();
    Map<String, JsonNode> responses = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Outcome o = outcomes.get(i);
      (i < goldens.expected().size() ? known : fresh).addAll(o.values());
      if (o.response() != null) {
        responses.put(ids.get(i), o.response());
      }
    }
    return new CheckResult(config.executionId(), goldens.path(), null, known, fresh, responses,
        (System.nanoTime() - start) / 1_000_000);
  }
}
