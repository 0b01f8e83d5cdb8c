package io.github.predcheck.run;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.Readiness;
import java.nio.file.Path;
import java.util.List;

/** A url-mode configuration for tests: golden.csv, samples and reports in one folder. */
final class TestConfigs {
  private TestConfigs() {}

  static CheckConfig of(Path dir, RequestSpec request) {
    return of(dir, dir.resolve("samples"), request, List.of(), Columns.DEFAULT);
  }

  static CheckConfig of(
      Path dir, Path samples, RequestSpec request, List<OutputSpec> outputs, Columns columns) {
    return of(dir, samples, request, outputs, columns, null);
  }

  /** Checking one shard of the samples. */
  static CheckConfig sharded(Path dir, RequestSpec request, Shard shard) {
    return of(dir, dir.resolve("samples"), request, List.of(), Columns.DEFAULT, shard);
  }

  private static CheckConfig of(
      Path dir,
      Path samples,
      RequestSpec request,
      List<OutputSpec> outputs,
      Columns columns,
      Shard shard) {
    return new CheckConfig(
        "t",
        dir.resolve("golden.csv"),
        columns,
        samples,
        request,
        outputs,
        Tolerance.DEFAULT,
        Readiness.NONE,
        ApiSpec.URL,
        dir.resolve("reports"),
        null,
        null,
        shard);
  }
}
