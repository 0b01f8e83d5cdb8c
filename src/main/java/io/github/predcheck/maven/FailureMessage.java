package io.github.predcheck.maven;

import io.github.predcheck.compare.Status;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.run.CheckResult;
import java.nio.file.Path;

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
