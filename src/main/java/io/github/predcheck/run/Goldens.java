package io.github.predcheck.run;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.json.JsonGoldenSpec;
import io.github.predcheck.golden.json.JsonGoldens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The execution's golden file in its configured form: JSON documents when set, else the CSV. */
public final class Goldens {
  private Goldens() {}

  static GoldenFile<?> read(CheckConfig config) throws ConfigurationException {
    return read(
        config.golden(), config.columns(), config.outputs(), config.tolerance(), config.json());
  }

  /** The golden file alone, for the report goal, which merges shards and calls no API. */
  public static GoldenFile<?> read(
      Path golden, Columns columns, List<OutputSpec> outputs, Tolerance common, JsonGoldenSpec json)
      throws ConfigurationException {
    return json != null
        ? JsonGoldens.read(json)
        : CsvGoldens.read(golden, columns, outputs, common);
  }

  /** Null when there is none yet: record starts from an empty one. */
  public static GoldenFile<?> readIfPresent(CheckConfig config) throws ConfigurationException {
    return Files.exists(path(config)) ? read(config) : null;
  }

  /** No goldens, in the configured form: record and calibrate start from it. */
  public static GoldenFile<?> empty(CheckConfig config) throws ConfigurationException {
    return config.json() != null
        ? JsonGoldens.empty(config.json())
        : CsvGoldens.empty(config.golden(), config.columns(), config.outputs(), config.tolerance());
  }

  static Path path(CheckConfig config) {
    return config.json() != null ? config.json().path() : config.golden();
  }
}
