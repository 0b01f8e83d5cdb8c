package io.github.predcheck.core;

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
    return new Log() {
      @Override
      public void debug(String message) {
        log.debug(VisibleText.line(message));
      }

      @Override
      public void info(String message) {
        log.info(VisibleText.line(message));
      }

      @Override
      public void warn(String message) {
        log.warn(VisibleText.line(message));
      }

      @Override
      public void error(String message) {
        log.error(VisibleText.line(message));
      }

      @Override
      public boolean isDebugEnabled() {
        return log.isDebugEnabled();
      }
    };
  }
}
