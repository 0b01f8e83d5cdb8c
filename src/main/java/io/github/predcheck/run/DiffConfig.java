package io.github.predcheck.run;

import java.util.Objects;

/**
 * A diff: the candidate is the execution's API as configured; each sample also goes to the baseline
 * {@code noiseCalls + 1} times. {@code sequential} runs the baseline's pass before the candidate's
 * (APIs on one fixed port); {@code checkGoldens} also compares the candidate with the golden file.
 */
public record DiffConfig(
    CheckConfig candidate,
    Baseline baseline,
    int noiseCalls,
    double noiseFactor,
    boolean sequential,
    boolean checkGoldens) {
  public DiffConfig {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(baseline, "baseline");
  }
}
