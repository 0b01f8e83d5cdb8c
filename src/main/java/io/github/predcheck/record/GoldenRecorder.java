package io.github.predcheck.record;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenRewriter;
import io.github.predcheck.run.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides what {@code record} writes into a golden CSV: which rows get the obtained value, which
 * new rows are appended, and which samples could not be recorded because the API failed on them.
 */
public final class GoldenRecorder {
  /** The new text of the golden file and what changed, for the log. */
  public record Plan(String text, int rewritten, int appendedSamples, int appendedRows, Set<String> notRecorded) {
    public boolean changes() {
      return rewritten > 0 || appendedRows > 0;
    }
  }

  private GoldenRecorder() {}

  public static Plan plan(CheckResult result, RecordMode mode) {
    GoldenFile golden = result.golden();
    Set<String> failedSamples = new LinkedHashSet<>();
    result.all().stream().filter(v -> v.status() == Status.ERROR).forEach(v -> failedSamples.add(v.sampleId()));
    Map<Integer, String> values = new TreeMap<>();
    if (mode != RecordMode.MISSING) {
      for (int i = 0; i < result.rowResults().size(); i++) {
        ValueResult v = result.rowResults().get(i);
        boolean wanted = mode == RecordMode.ALL || v.status() == Status.DIVERGED;
        // A sample the API failed on keeps every golden row it has: nothing half-recorded.
        if (wanted && v.actual() != null && !failedSamples.contains(v.sampleId()) && !v.actual().equals(v.expected())) {
          values.put(i, v.actual());
        }
      }
    }
    List<List<String>> appended = new ArrayList<>();
    Set<String> appendedSamples = new LinkedHashSet<>();
    if (mode != RecordMode.FAILING) {
      for (ValueResult v : result.newResults()) {
        if (v.status() == Status.NEW && !failedSamples.contains(v.sampleId())) {
          appended.add(GoldenRewriter.newRow(golden.layout(), v.sampleId(), v.output(), v.actual()));
          appendedSamples.add(v.sampleId());
        }
      }
    }
    Set<String> notRecorded = new LinkedHashSet<>(failedSamples);
    return new Plan(GoldenRewriter.rewrite(golden, values, appended), values.size(), appendedSamples.size(),
        appended.size(), notRecorded);
  }
}
