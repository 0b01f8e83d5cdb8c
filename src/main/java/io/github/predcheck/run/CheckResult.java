package io.github.predcheck.run;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.GoldenFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one execution found: a result per sample, those with goldens first in the goldens' order,
 * then the sample files without any ({@code known} false), and the goldens they were checked
 * against, which write the obtained values in their own form, the endpoint as configured, and how
 * many samples were sent at once (answers may depend on it: dynamic batching). A diff's results
 * compare the candidate with the baseline, and {@code diff} says more; null for a check.
 */
public record CheckResult(
    String executionId,
    GoldenFile<?> golden,
    List<SampleResult> sampleResults,
    long millis,
    String endpoint,
    int concurrency,
    DiffSummary diff) {

  public CheckResult {
    sampleResults = List.copyOf(sampleResults);
    endpoint = endpoint == null ? "(none)" : endpoint;
  }

  /** A check's result: compared with goldens. */
  public CheckResult(
      String executionId,
      GoldenFile<?> golden,
      List<SampleResult> sampleResults,
      long millis,
      String endpoint,
      int concurrency) {
    this(executionId, golden, sampleResults, millis, endpoint, concurrency, null);
  }

  /** The results the golden form writes as obtained values: a diff's candidate against goldens. */
  public List<SampleResult> obtainedResults() {
    return diff == null ? sampleResults : diff.goldenResults();
  }

  /** One sample at a time. */
  public CheckResult(
      String executionId,
      GoldenFile<?> golden,
      List<SampleResult> sampleResults,
      long millis,
      String endpoint) {
    this(executionId, golden, sampleResults, millis, endpoint, 1);
  }

  /** A result without the endpoint it came from, as tests build them. */
  public CheckResult(
      String executionId, GoldenFile<?> golden, List<SampleResult> sampleResults, long millis) {
    this(executionId, golden, sampleResults, millis, null);
  }

  public Path goldenPath() {
    return golden.path();
  }

  /** Every value, sample by sample. */
  public List<ValueResult> all() {
    return sampleResults.stream().flatMap(r -> r.values().stream()).toList();
  }

  /** The values of the samples without goldens. */
  public List<ValueResult> newResults() {
    return sampleResults.stream()
        .filter(r -> !r.known())
        .flatMap(r -> r.values().stream())
        .toList();
  }

  /** Counted from each sample's statuses: no value result is made for it. */
  public long count(Status status) {
    return sampleResults.stream().mapToLong(r -> r.count(status)).sum();
  }

  /** How many values were compared with a golden one: all but a new sample's. */
  public long compared() {
    return sampleResults.stream().mapToLong(r -> r.values().size()).sum() - count(Status.NEW);
  }

  /** How many times samples were sent again, all together. */
  public int retries() {
    return sampleResults.stream().mapToInt(SampleResult::retries).sum();
  }

  /** The samples that were sent more than once, with their retries: a flaky API shows here. */
  public Map<String, Integer> retried() {
    Map<String, Integer> out = new LinkedHashMap<>();
    sampleResults.stream().filter(r -> r.retries() > 0).forEach(r -> out.put(r.id(), r.retries()));
    return out;
  }

  public int samples() {
    return sampleResults.size();
  }

  /** The sample files without goldens. */
  public Set<String> newSamples() {
    Set<String> ids = new LinkedHashSet<>();
    sampleResults.stream().filter(r -> !r.known()).forEach(r -> ids.add(r.id()));
    return ids;
  }

  /** Errors grouped by cause, each with the samples it hit, so one cause is reported once. */
  public Map<String, List<String>> errorsByCause() {
    Map<String, Set<String>> grouped = new LinkedHashMap<>();
    all().stream()
        .filter(v -> v.status() == Status.ERROR)
        .forEach(
            v ->
                grouped.computeIfAbsent(v.message(), k -> new LinkedHashSet<>()).add(v.sampleId()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    grouped.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  public boolean failed(boolean failOnNew) {
    return (diff != null && diff.goldensMoved() > 0)
        || count(Status.DIVERGED) > 0
        || count(Status.ERROR) > 0
        || (failOnNew && count(Status.NEW) > 0);
  }
}
