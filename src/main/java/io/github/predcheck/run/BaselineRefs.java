package io.github.predcheck.run;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.Setting;

/** A baseline started from the tree of a git ref. */
final class BaselineRefs {
  /** The diff, run with the baseline's API configuration and its name for the reports. */
  interface Body {
    CheckResult run(CheckConfig api, String name) throws PredcheckException;
  }

  private BaselineRefs() {}

  static CheckResult withTree(DiffConfig diff, Log log, Body body) throws PredcheckException {
    throw new ConfigurationException(Setting.BASELINE_REF + " is not available yet.");
  }
}
