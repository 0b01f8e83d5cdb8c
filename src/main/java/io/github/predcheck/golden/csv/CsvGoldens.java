package io.github.predcheck.golden.csv;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.golden.Recording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A golden CSV as the source of expected values: each sample's rows, in the file's order. Obtained
 * values and recordings are the same file rewritten, every untouched row byte for byte.
 */
public final class CsvGoldens implements GoldenFile<List<GoldenRow>> {
  public static final String OBTAINED_FILE = "obtained.csv";

  private final CsvFile file;
  private final CsvForm form;

  private CsvGoldens(CsvFile file, OutputSet outputs) {
    this.file = file;
    this.form = new CsvForm(outputs, file.path());
  }

  /** The golden CSV with the outputs to compare: configured ones, then every name it holds. */
  public static CsvGoldens of(
      CsvFile file, Columns columns, List<OutputSpec> configured, Tolerance common)
      throws ConfigurationException {
    return new CsvGoldens(file, OutputSet.resolve(file, columns.name(), configured, common));
  }

  public static CsvGoldens read(
      Path path, Columns columns, List<OutputSpec> outputs, Tolerance common)
      throws ConfigurationException {
    return of(GoldenCsvReader.read(path, columns), columns, outputs, common);
  }

  /** A golden file that does not exist yet: only its header, for record to fill. */
  public static CsvGoldens empty(
      Path path, Columns columns, List<OutputSpec> outputs, Tolerance common)
      throws ConfigurationException {
    String header =
        (columns.id() == null ? "id" : columns.id())
            + ","
            + columns.value()
            + ","
            + columns.name()
            + "\n";
    return of(GoldenCsvReader.parse(path, header, columns), columns, outputs, common);
  }

  public CsvFile file() {
    return file;
  }

  @Override
  public Path path() {
    return file.path();
  }

  @Override
  public GoldenForm<List<GoldenRow>> form() {
    return form;
  }

  @Override
  public List<String> sampleIds() {
    return List.copyOf(file.samples().ids());
  }

  @Override
  public List<GoldenRow> expected(String id) {
    int[] rows = file.samples().rows(id);
    if (rows == null) {
      return null;
    }
    GoldenRow[] out = new GoldenRow[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = file.rows().get(rows[i]);
    }
    return List.of(out);
  }

  @Override
  public String describe() {
    return Words.count(file.samples().size(), "sample")
        + " ("
        + Words.count(file.rows().size(), "golden value")
        + " from "
        + file.path().getFileName()
        + ")";
  }

  @Override
  public String obtainedFileName() {
    return OBTAINED_FILE;
  }

  /**
   * Every row with the value that came back, then the new samples' rows. A row the API failed on
   * keeps its golden value, so that copying this file over the goldens never blanks one.
   */
  @Override
  public String obtained(List<SampleResult> results) {
    Map<Integer, String> values = new HashMap<>();
    forEachRow(
        results,
        (row, v) -> {
          if (v.actual() != null) {
            values.put(row, v.actual());
          }
        });
    return GoldenRewriter.rewrite(file, values, newRows(results, Set.of()));
  }

  @Override
  public Recording record(List<SampleResult> results, RecordMode mode) {
    Set<String> failed = new LinkedHashSet<>();
    results.stream().filter(SampleResult::failed).forEach(r -> failed.add(r.id()));
    Map<Integer, String> values = new TreeMap<>();
    if (mode != RecordMode.MISSING) {
      forEachRow(
          results,
          (row, v) -> {
            boolean wanted = mode == RecordMode.ALL || v.status() == Status.DIVERGED;
            // A sample the API failed on keeps every golden row it has: nothing half-recorded.
            if (wanted
                && v.actual() != null
                && !failed.contains(v.sampleId())
                && !v.actual().equals(v.expected())) {
              values.put(row, v.actual());
            }
          });
    }
    List<List<String>> appended = mode == RecordMode.FAILING ? List.of() : newRows(results, failed);
    long appendedSamples =
        results.stream()
            .filter(r -> !r.known() && !failed.contains(r.id()) && mode != RecordMode.FAILING)
            .count();
    String changes =
        Words.count(values.size(), "row")
            + " rewritten, "
            + Words.count(appendedSamples, "new sample")
            + " added ("
            + Words.count(appended.size(), "row")
            + ")";
    Map<Path, String> files =
        values.isEmpty() && appended.isEmpty()
            ? Map.of()
            : Map.of(file.path(), GoldenRewriter.rewrite(file, values, appended));
    return new Recording(files, changes, failed);
  }

  private interface RowValue {
    void accept(int row, ValueResult value);
  }

  /** Each known sample's results are its rows' results, in the rows' order. */
  private void forEachRow(List<SampleResult> results, RowValue action) {
    for (SampleResult r : results) {
      int[] rows = r.known() ? file.samples().rows(r.id()) : null;
      for (int j = 0; rows != null && j < rows.length; j++) {
        action.accept(rows[j], r.values().get(j));
      }
    }
  }

  /** The rows that the new samples' obtained values would add, leaving out the given samples. */
  private List<List<String>> newRows(List<SampleResult> results, Set<String> leftOut) {
    List<List<String>> rows = new ArrayList<>();
    for (SampleResult r : results) {
      if (r.known() || leftOut.contains(r.id())) {
        continue;
      }
      r.values().stream()
          .filter(v -> v.status() == Status.NEW)
          .forEach(
              v ->
                  rows.add(
                      GoldenRewriter.newRow(file.layout(), v.sampleId(), v.output(), v.actual())));
    }
    return rows;
  }
}
