package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.Urls;
import io.github.predcheck.lifecycle.ApiSession;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Brings the API up, sends the samples on {@code threads} threads, returns the results in the
 * samples' order, and always brings the API down. Each thread takes the next sample when it is
 * free: no queue of 100,000 tasks, and at most {@code threads} requests in flight. A run longer
 * than {@link #PROGRESS_EVERY} prints a progress line at that interval.
 */
final class SampleBatch {
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private SampleBatch() {}

  /**
   * @param task sends one sample and says what came of it
   * @param failed whether a result counts as an error in the progress line
   */
  static <T> List<T> run(
      CheckConfig config,
      SampleFolder folder,
      List<String> ids,
      String what,
      Log log,
      BiFunction<SampleClient, String, T> task,
      Predicate<T> failed)
      throws PredcheckException {
    return run(config, folder, ids, what, log, task, failed, PROGRESS_EVERY);
  }

  static <T> List<T> run(
      CheckConfig config,
      SampleFolder folder,
      List<String> ids,
      String what,
      Log log,
      BiFunction<SampleClient, String, T> task,
      Predicate<T> failed,
      Duration progressEvery)
      throws PredcheckException {
    return session(
        config,
        folder,
        "Checking " + what,
        log,
        samples -> {
          Function<String, T> one = id -> task.apply(samples, id);
          return send(ids, config.request().threads(), log, one, failed, progressEvery);
        });
  }

  /** What a session does while the API is up. */
  interface Work<R> {
    R run(SampleClient samples) throws PredcheckException;
  }

  /**
   * Brings the API up once for {@code work}, which may send the samples more than once (calibrate),
   * and always down. {@code doing} starts the log line, e.g. "Checking 8 samples".
   */
  static <R> R session(CheckConfig config, SampleFolder folder, String doing, Log log, Work<R> work)
      throws PredcheckException {
    try (ApiClient client = new ApiClient(config.request());
        ApiSession session =
            ApiSession.start(config.api(), config.request(), config.readiness(), client, log)) {
      log.info(doing + " against " + Urls.redact(session.endpoint()));
      return work.run(new SampleClient(folder, client, session.endpoint(), config.request(), log));
    } catch (IOException e) {
      throw new RunException("Cannot close the HTTP client: " + e.getMessage(), e);
    }
  }

  static <T> List<T> send(
      List<String> ids,
      int threads,
      Log log,
      Function<String, T> task,
      Predicate<T> failed,
      Duration progressEvery)
      throws RunException {
    @SuppressWarnings("unchecked")
    T[] results = (T[]) new Object[ids.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> broke = new AtomicReference<>();
    Progress progress = new Progress(ids.size(), System::nanoTime);
    int workers = Math.max(1, Math.min(threads, ids.size()));
    CountDownLatch finished = new CountDownLatch(workers);
    Thread[] pool = new Thread[workers];
    for (int w = 0; w < workers; w++) {
      pool[w] =
          new Thread(
              () -> {
                try {
                  for (int i = next.getAndIncrement();
                      i < results.length && broke.get() == null;
                      i = next.getAndIncrement()) {
                    T r = task.apply(ids.get(i));
                    results[i] = r;
                    progress.done(failed.test(r));
                  }
                } catch (Throwable t) {
                  broke.compareAndSet(null, t);
                } finally {
                  finished.countDown();
                }
              },
              "predcheck-sample-" + (w + 1));
      pool[w].setDaemon(true);
      pool[w].start();
    }
    try {
      while (!finished.await(progressEvery.toNanos(), TimeUnit.NANOSECONDS)) {
        progress.print(log);
      }
    } catch (InterruptedException e) {
      Arrays.stream(pool).forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
      throw new RunException("Interrupted while sending samples.", e);
    }
    Throwable t = broke.get();
    if (t != null) {
      throw new RunException("Sending samples failed: " + t, t);
    }
    // The latch orders every write to the array before this read.
    return Arrays.asList(results);
  }
}
