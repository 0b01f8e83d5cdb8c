package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import java.util.List;
import java.util.Optional;

/**
 * The drift line: values that passed but did not come back bit-identical. Worth saying even on a
 * green run, because the numerics changed.
 */
public final class Drift {
  private Drift() {}

  /** "N values moved within tolerance, largest relative change X", or empty when nothing moved. */
  public static Optional<String> line(List<ValueResult> results) {
    List<ValueResult> moved =
        results.stream()
            .filter(v -> v.status() == Status.PASS && v.numeric() && v.absError() > 0)
            .toList();
    if (moved.isEmpty()) {
      return Optional.empty();
    }
    double largest =
        moved.stream()
            .mapToDouble(ValueResult::relError)
            .filter(d -> !Double.isNaN(d))
            .max()
            .orElse(0);
    return Optional.of(
        moved.size()
            + (moved.size() == 1 ? " value" : " values")
            + " moved within tolerance, largest relative change "
            + Numbers.format(largest));
  }
}
