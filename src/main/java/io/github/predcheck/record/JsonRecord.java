package io.github.predcheck.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.Status;
import io.github.predcheck.config.CheckConfig;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import io.github.predcheck.core.RunException;
import io.github.predcheck.golden.JsonGoldens;
import io.github.predcheck.report.Numbers;
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
 * Record for structured goldens: each sample's response is its expected document, written to its
 * own file (folder form) or into the mapping file, which is replaced at once.
 */
final class JsonRecord {
  private JsonRecord() {}

  static Record.Outcome run(CheckConfig config, RecordMode mode, Log log) throws PredcheckException {
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
    return new Record.Outcome(result, new GoldenRecorder.Plan(null, (int) (write.size() - added), (int) added, (int) added, failed));
  }
}
