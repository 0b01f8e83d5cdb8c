package io.github.predcheck.run;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.json.JsonGoldens;
import java.nio.file.Files;
import java.nio.file.Path;

/** The execution's golden file in its configured form: JSON documents when set, else the CSV. */
final class Goldens {
  private Goldens() {}

  static GoldenFile<?> read(CheckConfig config) throws ConfigurationException {
    return config.json() != null
        ? JsonGoldens.read(config.json())
        : CsvGoldens.read(config.golden(), config.columns(), config.outputs(), config.tolerance());
  }

  /** Null when there is none yet: record starts from an empty one. */
  static GoldenFile<?> readIfPresent(CheckConfig config) throws ConfigurationException {
    return Files.exists(path(config)) ? read(config) : null;
  }

  static GoldenFile<?> empty(CheckConfig config) throws ConfigurationException {
    return config.json() != null
        ? JsonGoldens.empty(config.json())
        : CsvGoldens.empty(config.golden(), config.columns(), config.outputs(), config.tolerance());
  }

  static Path path(CheckConfig config) {
    return config.json() != null ? config.json().path() : config.golden();
  }
}
