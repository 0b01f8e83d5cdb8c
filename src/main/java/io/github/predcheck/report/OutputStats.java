package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error statistics of one output over the numeric comparisons: how far the values moved, even when
 * they stayed within tolerance.
 */
public record OutputStats(
    String output,
    int values,
    int passed,
    int diverged,
    int errors,
    int numeric,
    int moved,
    double maxAbs,
    double meanAbs,
    double p99Abs,
    double maxRel,
    double meanRel,
    double p99Rel) {

  /** One entry per output, in the order outputs first appear. */
  public static List<OutputStats> of(List<ValueResult> results) {
    Map<String, List<ValueResult>> byOutput = new LinkedHashMap<>();
    results.stream()
        .filter(ValueResult::compared)
        .forEach(v -> byOutput.computeIfAbsent(v.output(), k -> new ArrayList<>()).add(v));
    List<OutputStats> out = new ArrayList<>();
    byOutput.forEach((name, values) -> out.add(of(name, values)));
    return out;
  }

  private static OutputStats of(String name, List<ValueResult> values) {
    int passed = 0;
    int diverged = 0;
    int errors = 0;
    int moved = 0;
    List<Double> abs = new ArrayList<>();
    List<Double> rel = new ArrayList<>();
    for (ValueResult v : values) {
      switch (v.status()) {
        case PASS -> passed++;
        case DIVERGED -> diverged++;
        case ERROR -> errors++;
        default -> {}
      }
      if (v.numeric() && !Double.isNaN(v.absError())) {
        abs.add(v.absError());
        rel.add(v.relError());
        if (v.absError() > 0 && v.status() == Status.PASS) {
          moved++;
        }
      }
    }
    double[] a = sorted(abs);
    double[] r = sorted(rel);
    return new OutputStats(
        name,
        values.size(),
        passed,
        diverged,
        errors,
        a.length,
        moved,
        max(a),
        mean(a),
        p99(a),
        max(r),
        mean(r),
        p99(r));
  }

  private static double[] sorted(List<Double> values) {
    double[] d = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(d);
    return d;
  }

  private static double max(double[] d) {
    return d.length == 0 ? Double.NaN : d[d.length - 1];
  }

  private static double mean(double[] d) {
    return d.length == 0 ? Double.NaN : Arrays.stream(d).sum() / d.length;
  }

  /** The nearest-rank 99th percentile. */
  private static double p99(double[] d) {
    return d.length == 0 ? Double.NaN : d[(int) Math.ceil(0.99 * d.length) - 1];
  }
}
