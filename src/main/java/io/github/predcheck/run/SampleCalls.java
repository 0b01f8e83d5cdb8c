package io.github.predcheck.run;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.samples.SampleFolder;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The API up once for a goal that sends each sample more than once (calibrate): passes over the
 * samples, each at its own concurrency, and within a pass as many calls per sample as the task
 * makes.
 */
public final class SampleCalls {
  /** What is done while the API is up. */
  public interface Work<R> {
    R run(SampleCalls calls) throws PredcheckException;
  }

  private final SampleClient client;
  private final Log log;

  private SampleCalls(SampleClient client, Log log) {
    this.client = client;
    this.log = log;
  }

  /**
   * Brings the API up, runs {@code work}, always brings the API down. {@code doing} starts the log
   * line, e.g. "Calibrating 8 samples, 5 calls each".
   */
  public static <R> R session(
      CheckConfig config, SampleFolder folder, String doing, Log log, Work<R> work)
      throws PredcheckException {
    return SampleBatch.sessions(
        List.of(config),
        folder,
        doing,
        log,
        clients -> work.run(new SampleCalls(clients.get(0), log)));
  }

  /** One call; safe from every pass thread. */
  public Answer ask(String id) {
    return client.ask(id);
  }

  /** Runs {@code task} for every id on {@code threads} threads; the results in the ids' order. */
  public <T> List<T> pass(
      List<String> ids, int threads, Function<String, T> task, Predicate<T> failed)
      throws RunException {
    return SampleBatch.send(ids, threads, log, task, failed, SampleBatch.PROGRESS_EVERY);
  }
}
