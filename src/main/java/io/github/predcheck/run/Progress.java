package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.Words;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * How far a long run has come, for a person watching a CI log: done/total, rate, errors so far and
 * the time left, as one plain line. Counted by the sample threads, printed by the waiting one.
 */
final class Progress {
  private final int total;
  private final LongSupplier nanos;
  private final long start;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  Progress(int total, LongSupplier nanos) {
    this.total = total;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
  }

  void done(boolean error) {
    if (error) {
      failed.incrementAndGet();
    }
    done.incrementAndGet();
  }

  void print(Log log) {
    log.info(line());
  }

  /** e.g. "4,210/10,000 samples (42 %), 812 samples/s, 3 errors so far, about 7 s left". */
  String line() {
    int n = done.get();
    double seconds = Math.max(1e-9, (nanos.getAsLong() - start) / 1e9);
    double rate = n / seconds;
    String left =
        rate > 0 ? "about " + duration((total - n) / rate) + " left" : "time left unknown";
    return String.format(
        Locale.ROOT,
        "%,d/%,d samples (%d %%), %,.0f samples/s, %s so far, %s",
        n,
        total,
        total == 0 ? 100 : (int) (100L * n / total),
        rate,
        Words.count(failed.get(), "error"),
        left);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    return s < 3600
        ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
        : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
