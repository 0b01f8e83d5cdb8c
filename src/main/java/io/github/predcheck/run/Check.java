package io.github.predcheck.run;

import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.config.OutputSet;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.GoldenCsvReader;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenRow;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.lifecycle.ApiSession;
import io.github.predcheck.samples.Sample;
import io.github.predcheck.samples.SampleException;
import io.github.predcheck.samples.SampleFolder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One execution: read the golden file and samples (so that bad input fails before anything
 * starts), bring the API up, send every sample, compare, and always bring the API down.
 */
public final class Check {
  private Check() {}

  public static CheckResult run(CheckConfig config, Log log) throws PredcheckException {
    return run(config, GoldenCsvReader.read(config.golden(), config.columns()), log);
  }

  /** With the golden file already read (record starts from an empty one when there is none). */
  public static CheckResult run(CheckConfig config, GoldenFile golden, Log log) throws PredcheckException {
    long start = System.nanoTime();
    SampleFolder folder = SampleFolder.open(config.samples());
    OutputSet outputs = OutputSet.resolve(golden, config.columns().name(), config.outputs(), config.tolerance());
    List<String> newIds = newSampleIds(folder, golden);
    Map<String, List<Integer>> rowsById = new LinkedHashMap<>();
    for (int i = 0; i < golden.rows().size(); i++) {
      rowsById.computeIfAbsent(golden.rows().get(i).id(), k -> new ArrayList<>()).add(i);
    }
    try (ApiClient client = new ApiClient(config.request());
        ApiSession session = ApiSession.start(config.api(), config.request(), config.readiness(), client, log)) {
      log.info("Checking " + rowsById.size() + " samples (" + golden.rows().size() + " golden values from "
          + config.golden().getFileName() + ")" + (newIds.isEmpty() ? "" : " and " + newIds.size() + " new samples")
          + " against " + session.endpoint());
      SampleRunner runner = new SampleRunner(folder, outputs, client, session.endpoint(), log);
      ValueResult[] byRow = new ValueResult[golden.rows().size()];
      List<ValueResult> fresh = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(config.request().threads(), Check::daemon);
      try {
        List<Future<List<ValueResult>>> checks = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : rowsById.entrySet()) {
          List<GoldenRow> rows = e.getValue().stream().map(golden.rows()::get).toList();
          checks.add(pool.submit(() -> runner.check(e.getKey(), rows)));
        }
        List<Future<List<ValueResult>>> obtains = new ArrayList<>();
        newIds.forEach(id -> obtains.add(pool.submit(() -> runner.obtain(id))));
        int k = 0;
        for (List<Integer> indexes : rowsById.values()) {
          List<ValueResult> results = checks.get(k++).get();
          for (int j = 0; j < indexes.size(); j++) {
            byRow[indexes.get(j)] = results.get(j);
          }
        }
        for (Future<List<ValueResult>> f : obtains) {
          fresh.addAll(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunException("Interrupted while sending samples.", e);
      } catch (ExecutionException e) {
        throw new RunException("Sending samples failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      return new CheckResult(config.executionId(), golden, List.of(byRow), fresh, (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      throw new RunException("Cannot close the HTTP client: " + e.getMessage(), e);
    }
  }

  /** Samples whose file no golden id resolves to. */
  private static List<String> newSampleIds(SampleFolder folder, GoldenFile golden) throws RunException {
    try {
      Set<Path> known = new HashSet<>();
      for (String id : golden.sampleIds()) {
        try {
          known.add(folder.resolve(id).file());
        } catch (SampleException unresolved) {
          // reported as that sample's error when it is checked
        }
      }
      return folder.samples().stream().filter(s -> !known.contains(s.file())).map(Sample::id).toList();
    } catch (IOException e) {
      throw new RunException("Cannot list the samples folder " + folder.root() + ": " + e.getMessage(), e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "predcheck-sample");
    t.setDaemon(true);
    return t;
  }
}
