package io.github.predcheck.run;

import io.github.predcheck.core.AtomicFile;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.JvmShutdown;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.core.VisibleText;
import io.github.predcheck.core.Words;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.golden.Recording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The record loop, one for every golden form: runs the check, then writes what the mode asks for.
 * Each file is replaced at once (temporary file, then rename), so a failing or interrupted record
 * never leaves half a file.
 */
public final class RecordRun {
  /** The check's result (for the reports) and what was written. */
  public record Outcome(CheckResult result, Recording recording) {}

  private RecordRun() {}

  public static Outcome run(CheckConfig config, RecordMode mode, Log log)
      throws PredcheckException {
    if (config.shard() != null) {
      throw new ConfigurationException(
          "Recording with "
              + Setting.SHARD
              + " "
              + config.shard()
              + " is refused: record writes the one golden file, and each shard's job would write"
              + " its own copy of it with only that shard's samples recorded, so keeping any one"
              + " copy would lose what the others recorded. Record in one job without a shard: "
              + Setting.RECORD_GOAL
              + ".");
    }
    JvmShutdown.watch();
    Path path = Goldens.path(config);
    GoldenFile<?> golden = Goldens.readIfPresent(config);
    if (golden == null && mode == RecordMode.FAILING) {
      throw new ConfigurationException(
          "Golden file "
              + path
              + " does not exist, so nothing can be"
              + " failing. Create it with "
              + Setting.RECORD.is(RecordMode.MISSING.word())
              + ".");
    }
    if (golden == null) {
      log.info(
          "Golden file " + path + " does not exist yet: recording every sample into a new one.");
      golden = Goldens.empty(config);
    }
    CheckResult result = CheckRun.run(config, golden, log);
    if (JvmShutdown.started()) {
      // The API is being stopped under the running check: its answers are no goldens.
      throw new RunException(
          "The build is being stopped: nothing was recorded, " + path + " is unchanged.");
    }
    Recording recording = golden.record(result.sampleResults(), mode);
    if (recording.changesAnything()) {
      write(recording.files());
      log.info("Recorded (" + mode.word() + ") into " + path + ": " + recording.changes() + ".");
    } else {
      log.info("Nothing to record (" + mode.word() + "): " + path + " is unchanged.");
    }
    if (!recording.notRecorded().isEmpty()) {
      log.warn(notRecorded(recording));
    }
    return new Outcome(result, recording);
  }

  /** "N samples not recorded because the API failed on them: a, b, … (n more)". */
  public static String notRecorded(Recording recording) {
    List<String> ids = List.copyOf(recording.notRecorded());
    return Words.count(ids.size(), "sample")
        + " not recorded because the API failed on them: "
        + VisibleText.line(Words.cut(ids, 10));
  }

  private static void write(Map<Path, String> files) throws RunException {
    for (Map.Entry<Path, String> f : files.entrySet()) {
      if (JvmShutdown.started()) {
        throw new RunException("The build is being stopped: " + f.getKey() + " is unchanged.");
      }
      try {
        AtomicFile.write(f.getKey(), f.getValue());
      } catch (IOException e) {
        throw new RunException(
            "Cannot write the golden file "
                + f.getKey()
                + ": "
                + e.getMessage()
                + ". It is unchanged.",
            e);
      }
    }
  }
}
