package io.github.predcheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Diffy's rule for a candidate compared with a live baseline: a difference beyond tolerance that is
 * no larger than {@code factor} times the baseline's own noise in that output group is noise, not a
 * divergence. For labels and flags, a group whose baseline answers ever differed is noise.
 */
public final class NoiseJudge {
  /** What a group's candidate differences came to. */
  public enum Verdict {
    /** Every candidate value within tolerance of the baseline's. */
    SAME,
    /** Differences beyond tolerance, all within the baseline's noise. */
    NOISE,
    /** At least one difference beyond tolerance and beyond the noise. */
    MOVED
  }

  /**
   * One output group's line in the report: its measured noise, the largest candidate differences
   * (absolute, and relative with the sample where it was seen), and the verdict.
   */
  public record Row(
      String group,
      Spread.Group noise,
      double allowedRelative,
      double largestAbsolute,
      double largestRelative,
      String largestAt,
      long noisy,
      long moved,
      Verdict verdict) {}

  private final Spread noise;
  private final double factor;
  private final UnaryOperator<String> group;

  /**
   * @param group the group an output's values are counted in (the form's)
   */
  public NoiseJudge(Spread noise, double factor, UnaryOperator<String> group) {
    this.noise = noise;
    this.factor = factor;
    this.group = group;
  }

  /** The sample's result with each divergence within the noise turned into NOISE. */
  public SampleResult judge(SampleResult diff) {
    if (!diff.any(Status.DIVERGED)) {
      return diff;
    }
    List<ValueResult> out = new ArrayList<>(diff.values().size());
    for (ValueResult v : diff.values()) {
      out.add(v.status() == Status.DIVERGED ? judge(v) : v);
    }
    return new SampleResult(diff.id(), diff.known(), out, diff.response(), diff.retries());
  }

  private ValueResult judge(ValueResult v) {
    Spread.Group g = noise.get(group.apply(v.output()));
    boolean withinNoise =
        v.numeric()
            ? g.relative() > 0 && v.relError() <= factor * g.relative()
            : g.otherDifferences() > 0;
    if (!withinNoise) {
      return v;
    }
    String why =
        v.numeric()
            ? String.format(
                Locale.ROOT,
                "within the baseline's noise: %.3g relative <= %.3g x %.3g",
                v.relError(),
                factor,
                g.relative())
            : "the baseline's own answers differ here too";
    return new ValueResult(
        v.sampleId(),
        v.output(),
        v.expected(),
        v.actual(),
        v.absError(),
        v.relError(),
        v.allowed(),
        Status.NOISE,
        why);
  }

  /** One row per output group, in the order first seen: the groups of the noise, then the rest. */
  public List<Row> rows(List<SampleResult> judged) {
    Map<String, double[]> largest = new LinkedHashMap<>();
    Map<String, String> at = new LinkedHashMap<>();
    Map<String, long[]> counts = new LinkedHashMap<>();
    noise.all().keySet().forEach(k -> counts.put(k, new long[2]));
    for (SampleResult r : judged) {
      for (ValueResult v : r.values()) {
        String name = group.apply(v.output());
        long[] c = counts.computeIfAbsent(name, k -> new long[2]);
        double[] l = largest.computeIfAbsent(name, k -> new double[2]);
        if (v.status() == Status.NOISE) {
          c[0]++;
        } else if (v.status() == Status.DIVERGED) {
          c[1]++;
        }
        if (v.numeric()) {
          l[0] = Math.max(l[0], v.absError());
          if (v.relError() > l[1]) {
            l[1] = v.relError();
            at.put(name, v.sampleId());
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (name, c) -> {
          double[] l = largest.getOrDefault(name, new double[2]);
          Spread.Group g = noise.get(name);
          Verdict verdict = c[1] > 0 ? Verdict.MOVED : c[0] > 0 ? Verdict.NOISE : Verdict.SAME;
          rows.add(
              new Row(
                  name, g, factor * g.relative(), l[0], l[1], at.get(name), c[0], c[1], verdict));
        });
    return rows;
  }
}
