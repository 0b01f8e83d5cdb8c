package io.github.predcheck.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.GoldenFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one execution found. With a golden CSV: one result per golden row, aligned with the file's
 * rows ({@code golden}), and the values obtained for samples without rows. With JSON goldens
 * ({@code golden} null): every value compared, and each sample's response for obtained.json.
 */
public record CheckResult(
    String executionId,
    Path goldenPath,
    GoldenFile golden,
    List<ValueResult> rowResults,
    List<ValueResult> newResults,
    Map<String, JsonNode> responses,
    long millis) {

  public CheckResult {
    rowResults = List.copyOf(rowResults);
    newResults = List.copyOf(newResults);
    responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    if (golden != null && rowResults.size() != golden.rows().size()) {
      throw new IllegalArgumentException("one result per golden row");
    }
  }

  /** A golden-CSV result. */
  public CheckResult(String executionId, GoldenFile golden, List<ValueResult> rowResults, List<ValueResult> newResults,
      long millis) {
    this(executionId, golden.path(), golden, rowResults, newResults, Map.of(), millis);
  }

  public List<ValueResult> all() {
    List<ValueResult> all = new ArrayList<>(rowResults);
    all.addAll(newResults);
    return all;
  }

  public long count(Status status) {
    return all().stream().filter(v -> v.status() == status).count();
  }

  public int samples() {
    Set<String> ids = new LinkedHashSet<>();
    all().forEach(v -> ids.add(v.sampleId()));
    return ids.size();
  }

  public Set<String> newSamples() {
    Set<String> ids = new LinkedHashSet<>();
    newResults.forEach(v -> ids.add(v.sampleId()));
    return ids;
  }

  /** Errors grouped by cause, each with the samples it hit, so one cause is reported once. */
  public Map<String, List<String>> errorsByCause() {
    Map<String, Set<String>> grouped = new LinkedHashMap<>();
    all().stream()
        .filter(v -> v.status() == Status.ERROR)
        .forEach(v -> grouped.computeIfAbsent(v.message(), k -> new LinkedHashSet<>()).add(v.sampleId()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    grouped.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  public boolean failed(boolean failOnNew) {
    return count(Status.DIVERGED) > 0 || count(Status.ERROR) > 0 || (failOnNew && count(Status.NEW) > 0);
  }
}
