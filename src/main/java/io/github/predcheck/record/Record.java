package io.github.predcheck.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.config.Columns;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.AtomicFile;
import io.github.predcheck.golden.GoldenCsvReader;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.JsonGoldens;
import io.github.predcheck.report.Numbers;
import io.github.predcheck.run.Check;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.JsonCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the golden file from the live API: runs the check, then replaces the golden file at once
 * (temporary file, then rename), so that a failing or interrupted record never leaves half a file.
 */
public final class Record {
  /** The check's result (for the reports) and what was written. */
  public record Outcome(CheckResult result, GoldenRecorder.Plan plan) {}

  private Record() {}

  public static Outcome run(CheckConfig config, RecordMode mode, Log log) throws PredcheckException {
    if (config.json() != null) {
      return runJson(config, mode, log);
    }
    GoldenFile golden;
    if (Files.exists(config.golden())) {
      golden = GoldenCsvReader.read(config.golden(), config.columns());
    } else if (mode == RecordMode.FAILING) {
      throw new ConfigurationException("Golden file " + config.golden() + " does not exist, so no row can be failing."
          + " Create it with -Dpredcheck.record=missing.");
    } else {
      log.info("Golden file " + config.golden() + " does not exist yet: recording every sample into a new one.");
      golden = GoldenCsvReader.parse(config.golden(), header(config.columns()), config.columns());
    }
    CheckResult result = Check.run(config, golden, log);
    GoldenRecorder.Plan plan = GoldenRecorder.plan(result, mode);
    if (plan.changes()) {
      try {
        AtomicFile.write(config.golden(), plan.text());
      } catch (IOException e) {
        throw new RunException("Cannot write the golden file " + config.golden() + ": " + e.getMessage()
            + ". It is unchanged.", e);
      }
      log.info("Recorded (" + mode.word() + ") into " + config.golden() + ": " + Numbers.count(plan.rewritten(), "row") + " rewritten, "
          + Numbers.count(plan.appendedSamples(), "new sample") + " added (" + Numbers.count(plan.appendedRows(), "row") + ").");
    } else {
      log.info("Nothing to record (" + mode.word() + "): " + config.golden() + " is unchanged.");
    }
    Set<String> skipped = plan.notRecorded();
    if (!skipped.isEmpty()) {
      log.warn(Numbers.count(skipped.size(), "sample") + " not recorded because the API failed on them: " + String.join(", ", skipped));
    }
    return new Outcome(result, plan);
  }

  private static Outcome runJson(CheckConfig config, RecordMode mode, Log log) throws PredcheckException {
    Path path = config.json().path();
    JsonGoldens goldens;
    if (Files.exists(path)) {
      goldens = JsonGoldens.read(path);
    } else if (mode == RecordMode.FAILING) {
      throw new ConfigurationException("JSON golden " + path + " does not exist, so nothing can be failing."
          + " Create it with -Dpredcheck.record=missing.");
    } else {
      // Without an extension it is a folder of <id>.json files; with .json, one mapping file.
      goldens = new JsonGoldens(path, !path.getFileName().toString().endsWith(".json"), Map.of());
    }
    CheckResult result = JsonCheck.run(config, goldens, log);
    Set<String> failed = new LinkedHashSet<>();
    Set<String> diverged = new LinkedHashSet<>();
    result.all().forEach(v -> {
      if (v.status() == Status.ERROR) {
        failed.add(v.sampleId());
      } else if (v.status() == Status.DIVERGED) {
        diverged.add(v.sampleId());
      }
    });
    Map<String, JsonNode> write = new LinkedHashMap<>();
    result.responses().forEach((id, response) -> {
      boolean known = goldens.expected().containsKey(id);
      boolean wanted = switch (mode) {
        case MISSING -> !known;
        case FAILING -> known && diverged.contains(id);
        case ALL -> true;
      };
      if (wanted && !failed.contains(id)) {
        write.put(id, response);
      }
    });
    long added = write.keySet().stream().filter(id -> !goldens.expected().containsKey(id)).count();
    if (!write.isEmpty()) {
      try {
        goldens.write(write);
      } catch (IOException e) {
        throw new RunException("Cannot write the JSON goldens " + path + ": " + e.getMessage(), e);
      }
      log.info("Recorded (" + mode.word() + ") into " + path + ": " + Numbers.count(write.size() - added, "sample") + " rewritten, "
          + Numbers.count(added, "new sample") + " added.");
    } else {
      log.info("Nothing to record (" + mode.word() + "): " + path + " is unchanged.");
    }
    if (!failed.isEmpty()) {
      log.warn(Numbers.count(failed.size(), "sample") + " not recorded because the API failed on them: " + String.join(", ", failed));
    }
    return new Outcome(result, new GoldenRecorder.Plan(null, (int) (write.size() - added), (int) added, (int) added, failed));
  }

  private static String header(Columns columns) {
    return (columns.id() == null ? "id" : columns.id()) + "," + columns.value() + "," + columns.name() + "\n";
  }
}
