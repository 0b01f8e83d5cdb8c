package io.github.predcheck.lifecycle;

import java.util.List;
import java.util.Optional;

/** An API this execution started (or found running), stopped by {@link #close()}. */
public interface RunningApi extends AutoCloseable {
  /** Set when the started process or container has died: why, e.g. "exited with code 3". */
  Optional<String> exited();

  /** The last lines of the API's log, for error messages; empty when there is none. */
  List<String> logTail(int lines);

  /** Stops what was started, unless told to keep it running; never throws. */
  @Override
  void close();

  /** For url mode: nothing started, nothing to stop. */
  RunningApi NONE =
      new RunningApi() {
        @Override
        public Optional<String> exited() {
          return Optional.empty();
        }

        @Override
        public List<String> logTail(int lines) {
          return List.of();
        }

        @Override
        public void close() {}
      };
}
