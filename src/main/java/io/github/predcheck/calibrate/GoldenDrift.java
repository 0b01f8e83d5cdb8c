package io.github.predcheck.calibrate;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Setting;
import io.github.predcheck.report.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Golden values that the API's first answers leave beyond the configured tolerance, per output
 * group; once the spread is known, those beyond it too are what the goldens, not the API's noise,
 * explain: recorded on another machine, or before a change. Safe to feed from every sample thread.
 * Only the diverged values are kept, so goldens that match cost nothing.
 */
public final class GoldenDrift {
  /** One group's goldens beyond the spread: how many, and the one furthest off, relatively. */
  public record Outside(String group, int count, ValueResult example, double relativeSpread) {}

  private final Map<String, List<ValueResult>> diverged = new LinkedHashMap<>();

  /** Counts a golden value compared with the first answer under the configured tolerance. */
  synchronized void add(String group, ValueResult v) {
    if (v.numeric() && v.status() == Status.DIVERGED) {
      diverged.computeIfAbsent(group, g -> new ArrayList<>()).add(v);
    }
  }

  /**
   * Per group, the golden values whose difference from the first answer is beyond both the
   * configured tolerance and what the calls spread: the larger of the configured absolute tolerance
   * and the spread near 0, plus the relative spread.
   */
  synchronized List<Outside> outside(Map<String, Proposal> proposals) {
    List<Outside> out = new ArrayList<>();
    diverged.forEach(
        (group, values) -> {
          Proposal p = proposals.get(group);
          Tolerance spread =
              new Tolerance(
                  Math.max(p.configured().absolute(), p.nearZeroSpread()),
                  p.relativeSpread(),
                  false);
          ValueResult example = null;
          int count = 0;
          for (ValueResult v : values) {
            // relError is |golden - answer| / |golden|: the golden's size follows.
            double golden = Double.isInfinite(v.relError()) ? 0 : v.absError() / v.relError();
            if (v.absError() > spread.allowed(golden)) {
              count++;
              if (example == null || v.relError() > example.relError()) {
                example = v;
              }
            }
          }
          if (count > 0) {
            out.add(new Outside(group, count, example, p.relativeSpread()));
          }
        });
    return out;
  }

  /** The warning for one group, once. */
  static String warning(String executionId, Outside o) {
    ValueResult e = o.example();
    return "["
        + executionId
        + "] "
        + o.count()
        + (o.count() == 1 ? " golden value" : " golden values")
        + " of "
        + o.group()
        + " differ from the API's answers by more than the API's own spread and the configured"
        + " tolerance, e.g. sample "
        + e.sampleId()
        + ": golden "
        + e.expected()
        + ", answered "
        + e.actual()
        + " (relative difference "
        + Numbers.format(e.relError())
        + ", while the calls spread by at most "
        + Numbers.format(o.relativeSpread())
        + "). The goldens were probably recorded on another machine or before a change; if the"
        + " API's answers now are right, record them again: "
        + Setting.RECORD_GOAL
        + " with "
        + Setting.RECORD.is("all")
        + ".";
  }
}
