package io.github.predcheck.core;

import java.util.function.UnaryOperator;

/** The core's view of a logger, so that it never depends on Maven's. */
public interface Log {
  void debug(String message);

  void info(String message);

  void warn(String message);

  void error(String message);

  boolean isDebugEnabled();

  /** A log that drops everything, for tests and for callers that only want results. */
  Log SILENT =
      new Log() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void error(String message) {}

        @Override
        public boolean isDebugEnabled() {
          return false;
        }
      };

  /**
   * This log with every message shown as one line of visible text: for messages that carry what the
   * API or a golden file said, which must not break lines or send terminal escapes.
   */
  static Log oneLine(Log log) {
    return mapped(log, VisibleText::line);
  }

  /** This log with every message passed through {@code text} first. */
  static Log mapped(Log log, UnaryOperator<String> text) {
    return new Log() {
      @Override
      public void debug(String message) {
        log.debug(text.apply(message));
      }

      @Override
      public void info(String message) {
        log.info(text.apply(message));
      }

      @Override
      public void warn(String message) {
        log.warn(text.apply(message));
      }

      @Override
      public void error(String message) {
        log.error(text.apply(message));
      }

      @Override
      public boolean isDebugEnabled() {
        return log.isDebugEnabled();
      }
    };
  }
}
