package io.github.predcheck.calibrate;

import io.github.predcheck.compare.Tolerance;
import java.util.List;

/**
 * What a calibration found: per output group the spread between calls and the tolerance proposed,
 * the goldens beyond that spread, and the calls that failed. {@code json} when the form is JSON
 * documents (tolerances per path pattern) rather than a CSV (per output); {@code common} is the
 * tolerance of outputs without their own.
 */
public record Calibration(
    String executionId,
    int samples,
    int calls,
    int threads,
    double safetyFactor,
    boolean json,
    Tolerance common,
    List<Proposal> proposals,
    List<GoldenDrift.Outside> goldensOutside,
    long errors,
    List<String> errorExamples,
    long millis) {
  public Calibration {
    proposals = List.copyOf(proposals);
    goldensOutside = List.copyOf(goldensOutside);
    errorExamples = List.copyOf(errorExamples);
  }

  /** The groups of numbers, the ones a tolerance is proposed for. */
  public List<Proposal> numeric() {
    return proposals.stream().filter(Proposal::numeric).toList();
  }
}
