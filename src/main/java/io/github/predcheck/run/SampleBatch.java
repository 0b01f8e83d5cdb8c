package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.Urls;
import io.github.predcheck.lifecycle.ApiSession;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Brings the API up, runs one task per sample on {@code threads} threads, returns the results in
 * the samples' order, and always brings the API down.
 */
final class SampleBatch {
  private SampleBatch() {}

  static <T> List<T> run(
      CheckConfig config,
      SampleFolder folder,
      List<String> ids,
      String what,
      Log log,
      BiFunction<SampleClient, String, T> task)
      throws PredcheckException {
    try (ApiClient client = new ApiClient(config.request());
        ApiSession session =
            ApiSession.start(config.api(), config.request(), config.readiness(), client, log)) {
      log.info("Checking " + what + " against " + Urls.redact(session.endpoint()));
      SampleClient samples =
          new SampleClient(folder, client, session.endpoint(), config.request(), log);
      ExecutorService pool =
          Executors.newFixedThreadPool(config.request().threads(), SampleBatch::daemon);
      try {
        List<Future<T>> futures = new ArrayList<>();
        ids.forEach(id -> futures.add(pool.submit(() -> task.apply(samples, id))));
        List<T> results = new ArrayList<>(ids.size());
        for (Future<T> f : futures) {
          results.add(f.get());
        }
        return results;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunException("Interrupted while sending samples.", e);
      } catch (ExecutionException e) {
        throw new RunException("Sending samples failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    } catch (IOException e) {
      throw new RunException("Cannot close the HTTP client: " + e.getMessage(), e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "predcheck-sample");
    t.setDaemon(true);
    return t;
  }
}
