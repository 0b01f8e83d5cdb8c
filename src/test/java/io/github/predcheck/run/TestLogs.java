package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import java.util.List;

/** Logs that keep what tests look at. */
final class TestLogs {
  private TestLogs() {}

  /** Info lines into {@code infos}, warnings into {@code warnings}; either may be null. */
  static Log into(List<String> infos, List<String> warnings) {
    return new Log() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {
        if (infos != null) {
          infos.add(message);
        }
      }

      @Override
      public void warn(String message) {
        if (warnings != null) {
          warnings.add(message);
        }
      }

      @Override
      public void error(String message) {}

      @Override
      public boolean isDebugEnabled() {
        return false;
      }
    };
  }

  static Log warningsInto(List<String> warnings) {
    return into(null, warnings);
  }
}
