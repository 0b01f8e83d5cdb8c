package io.github.predcheck.maven;

import io.github.predcheck.compare.NoiseJudge;
import io.github.predcheck.compare.Status;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.DiffSummary;
import java.nio.file.Path;
import java.util.List;

/** Why a check failed, where to look, and the exact command that accepts an intended change. */
final class FailureMessage {
  private FailureMessage() {}

  static String of(CheckResult result, boolean failOnNew, Path obtained) {
    StringBuilder m =
        new StringBuilder(
            "Predictions of [" + result.executionId() + "] do not match the golden file: ");
    m.append(result.count(Status.DIVERGED))
        .append(" diverged, ")
        .append(Words.count(result.count(Status.ERROR), "error"));
    if (failOnNew && !result.newSamples().isEmpty()) {
      m.append(", ")
          .append(Words.count(result.newSamples().size(), "new sample"))
          .append(" without golden rows");
    }
    m.append(". What the API returned is in ").append(obtained).append('.');
    return m + " " + howToRecord(result, failOnNew);
  }

  /** Which of baseline and goldens the candidate moved from, where its answers are, what next. */
  static String ofDiff(CheckResult result, Path obtained) {
    DiffSummary diff = result.diff();
    StringBuilder m = new StringBuilder("Predictions of [" + result.executionId() + "] ");
    long diverged = result.count(Status.DIVERGED);
    long errors = result.count(Status.ERROR);
    List<String> moved =
        diff.outputs().stream()
            .filter(r -> r.verdict() == NoiseJudge.Verdict.MOVED)
            .map(NoiseJudge.Row::group)
            .toList();
    if (diverged + errors > 0) {
      m.append("moved from the baseline (")
          .append(diff.baseline())
          .append("): ")
          .append(diverged)
          .append(" diverged beyond its noise")
          .append(moved.isEmpty() ? "" : " (" + Words.clip(String.join(", ", moved), 200) + ")")
          .append(", ")
          .append(Words.count(errors, "error"));
    } else {
      m.append("match the baseline (").append(diff.baseline()).append(")");
    }
    if (diff.goldensMoved() > 0) {
      m.append(diverged + errors > 0 ? "; and " : ", but ")
          .append(diff.goldensMoved())
          .append(" of ")
          .append(Words.count(diff.goldensCompared(), "golden value"))
          .append(" moved from the golden file");
      if (diverged + errors == 0) {
        m.append(" (the goldens are stale: the baseline answers as the candidate does)");
      }
    }
    m.append(". The candidate's answers are in ").append(obtained).append('.');
    return m.toString();
  }

  /** The record command for what failed: rows to rewrite, samples to add, or both. */
  static String howToRecord(CheckResult result, boolean failOnNew) {
    boolean rows = result.count(Status.DIVERGED) > 0;
    boolean fresh = failOnNew && !result.newSamples().isEmpty();
    RecordMode mode =
        rows && fresh
            ? RecordMode.ALL
            : rows ? RecordMode.FAILING : fresh ? RecordMode.MISSING : null;
    if (mode == null) {
      return "Errors are not recorded: fix their cause first.";
    }
    return "If the change is intended, record the obtained values into the golden file with: mvn "
        + "predcheck:record@"
        + result.executionId()
        + " -D"
        + UserProperties.RECORD
        + "="
        + mode.word();
  }
}
