package io.github.predcheck.maven;

import static io.github.predcheck.changes.TestGit.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.changes.TestGit;
import io.github.predcheck.report.SummaryFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** changedSince through the check goal: a skip is SKIPPED in summary.json and JUnit, never PASS. */
class ChangedSinceMojoTest {
  @TempDir Path repo;
  Path module;
  CheckMojo mojo;

  @BeforeEach
  void repository() throws Exception {
    module = Files.createDirectories(repo.resolve("thickness"));
    TestGit.init(repo);
    Files.writeString(repo.resolve(".gitignore"), "target/\n");
    Files.writeString(module.resolve("pom.xml"), "<project/>");
    Files.createDirectories(module.resolve("samples"));
    Files.writeString(module.resolve("samples/a.txt"), "a");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "one model API");
    mojo = TestMojos.check(module);
    mojo.changedSince = "main";
  }

  @Test
  void nothingChangedSkipsWithASkippedVerdictAndJUnitTest() throws Exception {
    mojo.execute();
    Path dir = module.resolve("target/predcheck/thickness");
    SummaryFile.Summary summary = SummaryFile.read(dir);
    assertThat(summary.verdict()).isEqualTo(SummaryFile.Verdict.SKIPPED);
    assertThat(summary.detail())
        .startsWith("nothing changed under thickness since ")
        .endsWith("the merge base of HEAD and main (-Dpredcheck.changedSince=main)");
    String junit =
        Files.readString(dir.resolve("TEST-predcheck-thickness.xml"), StandardCharsets.UTF_8);
    assertThat(junit)
        .contains("tests=\"1\"", "skipped=\"1\"", "failures=\"0\"", "errors=\"0\"")
        .contains("<skipped message=\"nothing changed under thickness since ");
  }

  @Test
  void aChangeRunsTheCheck() throws Exception {
    Files.writeString(module.resolve("samples/b.txt"), "a new sample");
    // It runs: the golden file (not written in this test) is read, and is missing.
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("golden.csv")
        // Maven prints every cause's message it does not hold yet: none may show setting markers.
        .satisfies(
            e -> {
              for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(t.getMessage()).doesNotContain("⟦").contains("<golden>");
              }
            });
    assertThat(module.resolve("target/predcheck/thickness/summary.json")).doesNotExist();
  }

  @Test
  void anAlwaysRelevantFileRunsTheCheck() throws Exception {
    Files.writeString(repo.resolve("requirements.txt"), "torch==2.5.0");
    mojo.alwaysRelevant = List.of("requirements.txt");
    assertThatThrownBy(() -> mojo.execute()).hasMessageContaining("golden.csv");
  }

  @Test
  void aChangedParentPomRunsTheCheck() throws Exception {
    MavenProject parent = new MavenProject();
    parent.setFile(repo.resolve("pom.xml").toFile());
    MavenProject outside = new MavenProject(); // a parent from a repository: no file here
    parent.setParent(outside);
    mojo.project = new MavenProject();
    mojo.project.setFile(module.resolve("pom.xml").toFile());
    mojo.project.setParent(parent);
    Files.writeString(repo.resolve("pom.xml"), "<project><modules/></project>");
    assertThatThrownBy(() -> mojo.execute()).hasMessageContaining("golden.csv");
  }

  @Test
  void aMissingRefFailsNamingTheParameter() {
    mojo.changedSince = "origin/main";
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("-Dpredcheck.changedSince=origin/main: 'origin/main' is no commit")
        .hasMessageContaining("'git fetch origin main'");
  }

  @Test
  void aSkipSwitchAlsoLeavesASkippedJUnitTest() throws Exception {
    mojo.changedSince = null;
    mojo.skip = true;
    mojo.execute();
    assertThat(module.resolve("target/predcheck/thickness/TEST-predcheck-thickness.xml"))
        .content()
        .contains("skipped=\"1\"", "<skipped message=\"property predcheck.skip is set\"");
  }
}
