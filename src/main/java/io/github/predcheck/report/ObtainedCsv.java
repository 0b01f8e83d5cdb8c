package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenRewriter;
import io.github.predcheck.run.CheckResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API returned, in the golden file's own format and row order, then the new samples: a
 * person can diff it against the golden file or copy it over. A value that did not come back is
 * left empty.
 */
public final class ObtainedCsv {
  public static final String FILE_NAME = "obtained.csv";

  private ObtainedCsv() {}

  public static String text(CheckResult result) {
    GoldenFile golden = result.golden();
    Map<Integer, String> values = new HashMap<>();
    for (int i = 0; i < result.rowResults().size(); i++) {
      String actual = result.rowResults().get(i).actual();
      values.put(i, actual == null ? "" : actual);
    }
    return GoldenRewriter.rewrite(golden, values, newRows(result));
  }

  /** The golden rows the new samples would add. */
  public static List<List<String>> newRows(CheckResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (ValueResult v : result.newResults()) {
      if (v.status() == Status.NEW) {
        rows.add(GoldenRewriter.newRow(result.golden().layout(), v.sampleId(), v.output(), v.actual()));
      }
    }
    return rows;
  }
}
