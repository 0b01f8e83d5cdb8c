package io.github.predcheck.run;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.ExpectedSource;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.GoldenForm;
import io.github.predcheck.samples.SampleFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The check loop, one for every golden form: read the goldens and samples (so that bad input fails
 * before anything starts), bring the API up, send every sample, compare, always bring the API down.
 */
public final class CheckRun {
  private CheckRun() {}

  public static CheckResult run(CheckConfig config, Log log) throws PredcheckException {
    return run(config, Goldens.read(config), log);
  }

  /** With the goldens already read (record starts from empty ones when there are none). */
  public static <E> CheckResult run(CheckConfig config, GoldenFile<E> golden, Log log)
      throws PredcheckException {
    long start = System.nanoTime();
    List<SampleResult> results = check(config, golden, golden.form(), log);
    return new CheckResult(
        config.executionId(),
        golden,
        results,
        (System.nanoTime() - start) / 1_000_000,
        config.request().endpoint(),
        config.request().threads());
  }

  /** Sends the selected samples and compares each answer with the source's expected values. */
  static <E> List<SampleResult> check(
      CheckConfig config, ExpectedSource<E> source, GoldenForm<E> form, Log log)
      throws PredcheckException {
    Selection selection = select(config, source);
    if (selection.nothingToSend(log)) {
      return List.of(); // so the API is not even started
    }
    return SampleBatch.run(
        config,
        selection.folder(),
        selection.ids(),
        selection.what(),
        log,
        (client, id) -> {
          E expected = source.expected(id);
          Answer answer = client.ask(id);
          SampleResult result =
              answer.error() != null
                  ? form.failed(id, expected, answer.error())
                  : form.compare(id, expected, answer.json());
          return result.withRetries(answer.retries());
        },
        SampleResult::failed);
  }

  /**
   * The samples to send, their folder, what they are for the log, and whether they are a shard's.
   */
  public record Selection(SampleFolder folder, List<String> ids, String what, boolean sharded) {
    /** No sample to send; a shard left empty says so in the log, as it passes. */
    boolean nothingToSend(Log log) {
      if (ids.isEmpty() && sharded) {
        log.info("Nothing to check in " + what + ": an empty shard passes.");
      }
      return ids.isEmpty();
    }
  }

  /**
   * Every sample with expected values in the source, then every sample file without; of a shard,
   * those of its samples.
   */
  public static Selection select(CheckConfig config, ExpectedSource<?> source)
      throws PredcheckException {
    SampleFolder folder = SampleFolder.open(config.samples(), config.projectDir());
    List<String> ids = new ArrayList<>(source.sampleIds());
    List<String> newIds = newSampleIds(folder, ids);
    ids.addAll(newIds);
    String what =
        source.describe()
            + (newIds.isEmpty() ? "" : " and " + Words.count(newIds.size(), "new sample"));
    if (config.shard() != null) {
      ids = config.shard().select(ids);
      what = config.shard().describe(ids.size(), what);
    }
    return new Selection(folder, ids, what, config.shard() != null);
  }

  private static List<String> newSampleIds(SampleFolder folder, List<String> known)
      throws RunException {
    try {
      return folder.idsNotIn(known);
    } catch (IOException e) {
      throw new RunException(
          "Cannot list the samples folder " + folder.root() + ": " + e.getMessage(), e);
    }
  }
}
