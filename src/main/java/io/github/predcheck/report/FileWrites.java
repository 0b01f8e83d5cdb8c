package io.github.predcheck.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Report files written side by side. They are independent, the API is idle by the time they are
 * written, and a CI runner has two cores or more: two at a time take about half the wall time of a
 * 10,000-sample run's reports (measured with bench/run.sh), at the memory of two writers.
 */
final class FileWrites {
  static final int AT_ONCE = 2;

  /** One file's write. */
  @FunctionalInterface
  interface Write {
    void run() throws IOException;
  }

  private FileWrites() {}

  /** Runs every write, the first given first; throws the first failure after all have ended. */
  static void all(List<Write> writes) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            AT_ONCE,
            r -> {
              Thread t = new Thread(r, "predcheck-report");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (Write w : writes) {
        running.add(
            pool.submit(
                () -> {
                  w.run();
                  return null;
                }));
      }
      IOException first = null;
      for (Future<Void> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          IOException failure = ioFailure(e.getCause());
          if (first == null) {
            first = failure;
          } else {
            first.addSuppressed(failure);
          }
        }
      }
      if (first != null) {
        throw first;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the reports");
    } finally {
      pool.shutdownNow();
    }
  }

  private static IOException ioFailure(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
