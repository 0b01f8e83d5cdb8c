package io.github.predcheck.maven;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.json.Json;
import io.github.predcheck.report.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build from the verdicts that {@code check} wrote with {@code deferFailure}, after
 * {@code post-integration-test} has torn the environment down.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractPredcheckMojo {
  @Override
  protected void run(Log log) throws RunException, MojoFailureException {
    Path dir = reportDirectory.toPath();
    if (!Files.isDirectory(dir)) {
      log.warn("No predcheck verdicts in " + dir + ": did the check goal run?");
      return;
    }
    List<String> failed = new ArrayList<>();
    int read = 0;
    try (Stream<Path> executions = Files.list(dir)) {
      for (Path summary : executions.map(p -> p.resolve(SummaryJson.FILE_NAME)).filter(Files::isRegularFile).sorted().toList()) {
        JsonNode verdict = Json.parse(Files.readString(summary));
        read++;
        if (!"FAILED".equals(verdict.path("verdict").asText())) {
          continue;
        }
        failed.add(verdict.path("execution").asText() + (verdict.has("error")
            ? " (the run broke: " + verdict.path("error").asText() + ")"
            : " (" + verdict.path("diverged").asLong() + " diverged, " + verdict.path("errors").asLong() + " errors, "
                + verdict.path("new").asLong() + " new; see " + summary.getParent() + ")"));
      }
    } catch (IOException e) {
      throw new RunException("Cannot read the predcheck verdicts in " + dir + ": " + e.getMessage(), e);
    }
    if (!failed.isEmpty()) {
      throw new MojoFailureException("predcheck checks failed: "
          + String.join("; ", failed));
    }
    log.info("predcheck: all " + read + " verdicts passed.");
  }
}
