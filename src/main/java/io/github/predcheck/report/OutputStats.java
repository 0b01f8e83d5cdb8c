package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.json.Json;
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

  /**
   * One entry per output, in the order outputs first appear. The elements of one JSON array are one
   * output ({@code /embedding/*}): a response of a million numbers has a line, not a million.
   */
  public static List<OutputStats> of(List<ValueResult> results) {
    Map<String, Sums> byOutput = new LinkedHashMap<>();
    for (ValueResult v : results) {
      if (v.compared()) {
        byOutput.computeIfAbsent(family(v.output()), Sums::new).add(v);
      }
    }
    List<OutputStats> out = new ArrayList<>(byOutput.size());
    byOutput.values().forEach(sums -> out.add(sums.stats()));
    return out;
  }

  /**
   * The output a value counts under: a JSON Pointer with each array index as {@code *}; a CSV
   * output's name as it is.
   */
  public static String family(String output) {
    if (output == null || !output.startsWith("/")) {
      return String.valueOf(output);
    }
    return Json.pointer(
        Json.segments(output).stream().map(s -> Json.isIndex(s) ? "*" : s).toList());
  }

  /** One output's counts and errors, in primitive arrays: no list of results is kept. */
  private static final class Sums {
    final String name;
    int values;
    int passed;
    int diverged;
    int errors;
    int moved;
    double[] abs = new double[16];
    double[] rel = new double[16];
    int numeric;

    Sums(String name) {
      this.name = name;
    }

    void add(ValueResult v) {
      values++;
      switch (v.status()) {
        case PASS, NOISE -> passed++;
        case DIVERGED -> diverged++;
        case ERROR -> errors++;
        default -> {}
      }
      if (v.numeric() && !Double.isNaN(v.absError())) {
        if (numeric == abs.length) {
          abs = Arrays.copyOf(abs, numeric * 2);
          rel = Arrays.copyOf(rel, numeric * 2);
        }
        abs[numeric] = v.absError();
        rel[numeric] = v.relError();
        numeric++;
        if (v.absError() > 0 && v.status() == Status.PASS) {
          moved++;
        }
      }
    }

    OutputStats stats() {
      double[] a = sorted(abs, numeric);
      double[] r = sorted(rel, numeric);
      return new OutputStats(
          name, values, passed, diverged, errors, numeric, moved, max(a), mean(a), p99(a), max(r),
          mean(r), p99(r));
    }
  }

  private static double[] sorted(double[] values, int n) {
    double[] d = Arrays.copyOf(values, n);
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
