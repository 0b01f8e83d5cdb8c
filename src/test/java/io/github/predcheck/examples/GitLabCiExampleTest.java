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
 * {@code examples/gitlab-ci.yml}: on merge requests, the whole history and the target branch as
 * origin/&lt;branch&gt;, only what changed checked, every report kept and the JUnit XML wired into
 * {@code artifacts:reports:junit}, matching the files predcheck really writes.
 */
class GitLabCiExampleTest {
  private static JsonNode job;
  private static List<String> written;

  @BeforeAll
  static void read(@TempDir Path project) throws Exception {
    job = ExampleFiles.yaml("gitlab-ci.yml").path("predcheck");
    written = ReportFiles.writtenUnder(project);
  }

  @Test
  void runsOnMergeRequestsWithTheWholeHistory() {
    assertThat(ExampleFiles.texts(job.path("rules").path(0).path("if")))
        .containsExactly("$CI_PIPELINE_SOURCE == \"merge_request_event\"");
    assertThat(job.path("variables").path("GIT_DEPTH").asText()).isEqualTo("0");
  }

  @Test
  void fetchesTheTargetBranchThenVerifiesWhatChangedSinceIt() {
    List<String> script = ExampleFiles.texts(job.path("script"));
    String ref = "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME";
    int fetch = indexOf(script, "git fetch");
    int maven = indexOf(script, "mvn ");
    assertThat(script.get(fetch)).contains(":refs/remotes/" + ref);
    assertThat(script.get(maven)).contains(" verify").contains(ExampleFiles.CHANGED_SINCE + ref);
    assertThat(fetch).isLessThan(maven);
  }

  @Test
  void keepsEveryReportOfEveryModuleWhateverTheVerdict() {
    JsonNode artifacts = job.path("artifacts");
    assertThat(artifacts.path("when").asText()).isEqualTo("always");
    List<Glob> paths = ExampleFiles.texts(artifacts.path("paths")).stream().map(Glob::of).toList();
    assertThat(written)
        .isNotEmpty()
        .allSatisfy(file -> assertThat(paths).anyMatch(glob -> glob.covers(file)));
  }

  @Test
  void reportsTheJUnitFilesPredcheckWritesAndNothingElse() {
    List<Glob> junit =
        ExampleFiles.texts(job.path("artifacts").path("reports").path("junit")).stream()
            .map(Glob::of)
            .toList();
    List<String> junitFiles =
        written.stream()
            .filter(f -> Path.of(f).getFileName().toString().startsWith(JUnitXmlReport.FILE_PREFIX))
            .toList();
    assertThat(junitFiles).hasSize(3); // the root project, a module, a shard
    assertThat(written.stream().filter(f -> junit.stream().anyMatch(g -> g.matches(f))))
        .containsExactlyElementsOf(junitFiles);
  }

  private static int indexOf(List<String> script, String command) {
    List<String> lines = script.stream().filter(l -> l.contains(command)).toList();
    assertThat(lines).as("one script line with " + command).hasSize(1);
    return script.indexOf(lines.get(0));
  }
}
