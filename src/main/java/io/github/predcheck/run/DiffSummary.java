package io.github.predcheck.run;

import io.github.predcheck.compare.NoiseJudge;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a diff adds to its results: the baseline it compared with, how its noise was measured, a row
 * per output group, and the candidate's answers against the goldens (what obtained values are
 * written from; checked too when {@code goldensChecked}), and the group each output is counted in.
 */
public record DiffSummary(
    String baseline,
    int noiseCalls,
    double noiseFactor,
    List<NoiseJudge.Row> outputs,
    List<SampleResult> goldenResults,
    boolean goldensChecked,
    UnaryOperator<String> groupOf) {
  public DiffSummary {
    outputs = List.copyOf(outputs);
    goldenResults = List.copyOf(goldenResults);
  }

  /** Each group's row, by the group's name. */
  public Map<String, NoiseJudge.Row> rowsByGroup() {
    Map<String, NoiseJudge.Row> rows = new HashMap<>();
    outputs.forEach(r -> rows.put(r.group(), r));
    return rows;
  }

  /** Golden values the candidate moved from or failed on; 0 when goldens are not checked. */
  public long goldensMoved() {
    if (!goldensChecked) {
      return 0;
    }
    return goldenResults.stream()
        .filter(SampleResult::known)
        .mapToLong(r -> r.count(Status.DIVERGED) + r.count(Status.ERROR))
        .sum();
  }

  /** Golden values compared: those of samples in the golden file. */
  public long goldensCompared() {
    return goldenResults.stream()
        .filter(SampleResult::known)
        .mapToLong(r -> r.values().size())
        .sum();
  }
}
