package io.github.predcheck.run;

import io.github.predcheck.baseline.BaselineApi;
import io.github.predcheck.baseline.BaselineTree;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;

/** A baseline started from the tree of a git ref, checked out for the diff and always removed. */
final class BaselineRefs {
  /** The diff, run with the baseline's API configuration and its name for the reports. */
  interface Body {
    CheckResult run(CheckConfig api, String name) throws PredcheckException;
  }

  private BaselineRefs() {}

  /**
   * Checks the ref out, moves the API's paths into its tree, and runs the diff; the tree is removed
   * once the body has brought both APIs down (a container's files in a bind mount included).
   */
  static CheckResult withTree(DiffConfig diff, Log log, Body body) throws PredcheckException {
    CheckConfig candidate = diff.candidate();
    Baseline baseline = diff.baseline();
    try (BaselineTree tree =
        BaselineTree.checkout(candidate.projectDir(), baseline.ref(), baseline.workDir(), log)) {
      CheckConfig api =
          candidate.withApi(
              candidate.request(),
              candidate.readiness(),
              BaselineApi.relocate(baseline.api(), tree));
      return body.run(api, baseline.describe(tree.describe()));
    }
  }
}
