package io.github.predcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.report.JUnitXmlReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/github/predcheck.yml} does what the README promises: on a pull request, the whole
 * history, Java with Maven's cache, only what changed since the base branch checked, every report
 * uploaded and the JUnit XML published whatever the verdict; its paths match the files predcheck
 * really writes.
 */
class GitHubWorkflowExampleTest {
  private static JsonNode workflow;
  private static List<JsonNode> steps;
  private static List<String> written;

  @BeforeAll
  static void read(@TempDir Path project) throws Exception {
    workflow = ExampleFiles.yaml("github/predcheck.yml");
    steps = ExampleFiles.select(workflow.path("jobs").path("predcheck").path("steps"), s -> true);
    written = ReportFiles.writtenUnder(project);
  }

  @Test
  void runsOnPullRequests() {
    assertThat(workflow.path("on").has("pull_request")).isTrue();
    assertThat(workflow.path("permissions").path("checks").asText()).isEqualTo("write");
  }

  @Test
  void checksOutTheWholeHistoryAndSetsUpJavaWithMavensCache() {
    JsonNode checkout = step("actions/checkout@");
    assertThat(checkout.path("with").path("fetch-depth").asInt(-1)).isZero();
    JsonNode java = step("actions/setup-java@");
    assertThat(java.path("with").path("java-version").asText()).isEqualTo("17");
    assertThat(java.path("with").path("cache").asText()).isEqualTo("maven");
    assertThat(steps.indexOf(checkout)).isLessThan(steps.indexOf(mavenStep()));
  }

  @Test
  void verifiesOnlyWhatChangedSinceTheBaseBranch() {
    assertThat(mavenStep().path("run").asText())
        .contains(" verify")
        .contains(ExampleFiles.CHANGED_SINCE + "origin/${{ github.base_ref }}");
  }

  @Test
  void uploadsEveryReportOfEveryModuleWhateverTheVerdict() {
    JsonNode upload = step("actions/upload-artifact@");
    assertThat(upload.path("if").asText()).isEqualTo("always()");
    assertThat(steps.indexOf(upload)).isGreaterThan(steps.indexOf(mavenStep()));
    List<Glob> paths =
        ExampleFiles.texts(upload.path("with").path("path")).stream()
            .flatMap(p -> p.lines())
            .filter(p -> !p.isBlank())
            .map(Glob::of)
            .toList();
    assertThat(written)
        .isNotEmpty()
        .allSatisfy(file -> assertThat(paths).anyMatch(glob -> glob.covers(file)));
  }

  @Test
  void publishesTheJUnitFilesPredcheckWritesAndNothingElse() {
    JsonNode junit = step("mikepenz/action-junit-report@");
    assertThat(junit.path("if").asText()).isEqualTo("always()");
    Glob reports = Glob.of(junit.path("with").path("report_paths").asText());
    List<String> junitFiles =
        written.stream()
            .filter(f -> Path.of(f).getFileName().toString().startsWith(JUnitXmlReport.FILE_PREFIX))
            .toList();
    assertThat(junitFiles).hasSize(3); // the root project, a module, a shard
    assertThat(written.stream().filter(reports::matches)).containsExactlyElementsOf(junitFiles);
  }

  private static JsonNode mavenStep() {
    List<JsonNode> maven =
        ExampleFiles.select(
            workflow.path("jobs").path("predcheck").path("steps"),
            s -> s.path("run").asText().matches("(?s).*\\bmvn(w)? .*"));
    assertThat(maven).hasSize(1);
    return maven.get(0);
  }

  private static JsonNode step(String action) {
    List<JsonNode> found =
        ExampleFiles.select(
            workflow.path("jobs").path("predcheck").path("steps"),
            s -> s.path("uses").asText().startsWith(action));
    assertThat(found).as("a step using " + action).hasSize(1);
    return found.get(0);
  }
}
