package io.github.predcheck.run;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.json.JsonGoldenSpec;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.Readiness;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one execution (one model) needs, validated once. {@code json} is set when the goldens
 * are structured JSON documents instead of a CSV. Built by the mojo from its parameters; the core
 * reads nothing else. {@code projectDir} is the tree that sample links may point into. {@code
 * shard} is the part of the samples this job checks; null checks every sample.
 */
public record CheckConfig(
    String executionId,
    Path golden,
    Columns columns,
    Path samples,
    RequestSpec request,
    List<OutputSpec> outputs,
    Tolerance tolerance,
    Readiness readiness,
    ApiSpec api,
    Path reportDir,
    JsonGoldenSpec json,
    Path projectDir,
    Shard shard) {

  public CheckConfig {
    Objects.requireNonNull(executionId, "executionId");
    Objects.requireNonNull(golden, "golden");
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(reportDir, "reportDir");
    columns = columns == null ? Columns.DEFAULT : columns;
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    tolerance = tolerance == null ? Tolerance.DEFAULT : tolerance;
    readiness = readiness == null ? Readiness.NONE : readiness;
    api = api == null ? ApiSpec.URL : api;
    // Without a project around the samples, their links may point only inside the samples folder.
    projectDir = projectDir == null ? samples : projectDir;
  }

  /** The same samples and comparison sent to another API: a diff's baseline. */
  public CheckConfig withApi(RequestSpec otherRequest, Readiness otherReadiness, ApiSpec otherApi) {
    return new CheckConfig(
        executionId,
        golden,
        columns,
        samples,
        otherRequest,
        outputs,
        tolerance,
        otherReadiness,
        otherApi,
        reportDir,
        json,
        projectDir,
        shard);
  }

  /**
   * The folder of this execution's reports: {@code target/predcheck/<execution id>}, and a shard's
   * own folder in it, {@code shard-2of4}.
   */
  public Path executionDir() {
    Path dir = reportDir.resolve(executionId);
    return shard == null ? dir : dir.resolve(shard.folderName());
  }
}
