package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.Urls;
import io.github.predcheck.lifecycle.ApiSession;
import io.github.predcheck.samples.SampleFolder;
import java.time.Duration;
import java.util.ArrayList;
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
    return run(
        List.of(config),
        folder,
        ids,
        what,
        log,
        (clients, id) -> task.apply(clients.get(0), id),
        failed,
        progressEvery);
  }

  /**
   * As one API, with every API of {@code apis} up at once (a diff's baseline and candidate); {@code
   * task} gets their clients in the same order.
   */
  static <T> List<T> run(
      List<CheckConfig> apis,
      SampleFolder folder,
      List<String> ids,
      String what,
      Log log,
      BiFunction<List<SampleClient>, String, T> task,
      Predicate<T> failed,
      Duration progressEvery)
      throws PredcheckException {
    return sessions(
        apis,
        folder,
        "Checking " + what,
        log,
        clients -> {
          Function<String, T> one = id -> task.apply(clients, id);
          return send(ids, apis.get(0).request().threads(), log, one, failed, progressEvery);
        });
  }

  /** What a session does while the APIs are up. */
  interface Work<R> {
    R run(List<SampleClient> clients) throws PredcheckException;
  }

  /**
   * Every API of {@code apis} up, each started in turn and ready before {@code work} starts, and
   * all brought down at the end, whatever happened.
   */
  static <R> R sessions(
      List<CheckConfig> apis, SampleFolder folder, String doing, Log log, Work<R> work)
      throws PredcheckException {
    List<AutoCloseable> open = new ArrayList<>();
    R result;
    try {
      List<SampleClient> clients = new ArrayList<>();
      for (CheckConfig config : apis) {
        ApiClient client = new ApiClient(config.request());
        open.add(client);
        ApiSession session =
            ApiSession.start(config.api(), config.request(), config.readiness(), client, log);
        open.add(session);
        log.info(doing + " against " + Urls.redact(session.endpoint()));
        clients.add(new SampleClient(folder, client, session.endpoint(), config.request(), log));
      }
      result = work.run(clients);
    } catch (PredcheckException | RuntimeException e) {
      Exception closing = closeAll(open);
      if (closing != null) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    Exception closing = closeAll(open);
    if (closing != null) {
      throw new RunException("Cannot close the HTTP client: " + closing.getMessage(), closing);
    }
    return result;
  }

  /**
   * Last opened first: each API down before its client; one that fails does not keep the rest.
   *
   * @return the first failure, null when all closed
   */
  private static Exception closeAll(List<AutoCloseable> open) {
    Exception first = null;
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception e) {
        first = first == null ? e : first;
      }
    }
    return first;
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
