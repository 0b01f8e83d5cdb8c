package io.github.predcheck.run;

import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.config.OutputSet;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.GoldenCsvReader;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.JsonGoldens;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution: read the golden file and samples (so that bad input fails before anything
 * starts), bring the API up, send every sample, compare, and always bring the API down.
 */
public final class Check {
  private Check() {}

  public static CheckResult run(CheckConfig config, Log log) throws PredcheckException {
    if (config.json() != null) {
      return JsonCheck.run(config, JsonGoldens.read(config.json().path()), log);
    }
    return run(config, GoldenCsvReader.read(config.golden(), config.columns()), log);
  }

  /** With the golden file already read (record starts from an empty one when there is none). */
  public static CheckResult run(CheckConfig config, GoldenFile golden, Log log) throws PredcheckException {
    long start = System.nanoTime();
    SampleFolder folder = SampleFolder.open(config.samples());
    OutputSet outputs = OutputSet.resolve(golden, config.columns().name(), config.outputs(), config.tolerance());
    List<String> newIds = newSampleIds(folder, golden.sampleIds());
    Map<String, List<Integer>> rowsById = new LinkedHashMap<>();
    for (int i = 0; i < golden.rows().size(); i++) {
      rowsById.computeIfAbsent(golden.rows().get(i).id(), k -> new ArrayList<>()).add(i);
    }
    List<String> ids = new ArrayList<>(rowsById.keySet());
    ids.addAll(newIds);
    String what = rowsById.size() + " samples (" + golden.rows().size() + " golden values from "
        + config.golden().getFileName() + ")" + (newIds.isEmpty() ? "" : " and " + newIds.size() + " new samples");
    List<List<ValueResult>> results = SampleBatch.run(config, folder, ids, what, log, (client, id) -> {
      CsvSampleCheck check = new CsvSampleCheck(outputs, client);
      List<Integer> rows = rowsById.get(id);
      return rows == null ? check.obtain(id) : check.check(id, rows.stream().map(golden.rows()::get).toList());
    });
    ValueResult[] byRow = new ValueResult[golden.rows().size()];
    List<ValueResult> fresh = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      List<Integer> indexes = rowsById.get(ids.get(k));
      if (indexes == null) {
        fresh.addAll(results.get(k));
        continue;
      }
      for (int j = 0; j < indexes.size(); j++) {
        byRow[indexes.get(j)] = results.get(k).get(j);
      }
    }
    return new CheckResult(config.executionId(), golden, List.of(byRow), fresh, (System.nanoTime() - start) / 1_000_000);
  }

  static List<String> newSampleIds(SampleFolder folder, Collection<String> goldenIds) throws RunException {
    try {
      return folder.idsNotIn(goldenIds);
    } catch (IOException e) {
      throw new RunException("Cannot list the samples folder " + folder.root() + ": " + e.getMessage(), e);
    }
  }
}
