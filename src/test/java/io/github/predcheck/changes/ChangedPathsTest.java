package io.github.predcheck.changes;

import static io.github.predcheck.changes.TestGit.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedPathsTest {
  @TempDir Path tmp;
  Path repo;
  Path thickness;

  /**
   * A repository of two model APIs on main; the work goes on in a branch, as in a pull request:
   * parent pom, root requirements.txt, thickness/ and parts/ each with a pom, goldens and samples.
   */
  @BeforeEach
  void repository() throws Exception {
    repo = Files.createDirectories(tmp.resolve("repo"));
    TestGit.init(repo);
    write("pom.xml", "<project/>");
    write("requirements.txt", "torch==2.4.0");
    write(".gitignore", "target/\n");
    for (String module : List.of("thickness", "parts")) {
      write(module + "/pom.xml", "<project/>");
      write(module + "/src/test/predcheck/golden.csv", "id,pred,name\na,1.0,x\n");
      write(module + "/src/test/predcheck/samples/a.png", "png");
      write(module + "/app.py", "print('model')");
    }
    commit("two model APIs");
    git(repo, "checkout", "-q", "-b", "feature");
    thickness = repo.resolve("thickness");
  }

  @Test
  void nothingChangedUnderThePathsSkips() throws Exception {
    write("parts/app.py", "print('changed')");
    commit("parts only");
    ChangedPaths.Changes changes = check();
    assertThat(changes.any()).isFalse();
    assertThat(changes.mergeBase()).isEqualTo(git(repo, "rev-parse", "main").strip());
    assertThat(changes.watched()).contains("thickness", "pom.xml", "requirements.txt");
    assertThat(Setting.plain(changes.skipReason()))
        .startsWith("nothing changed under thickness, ")
        .contains(
            "since " + changes.mergeBase().substring(0, 12) + ", the merge base of HEAD and main")
        .endsWith("(CHANGED_SINCE=main)");
  }

  @Test
  void aCommittedChangeUnderThePathsRuns() throws Exception {
    write("thickness/app.py", "print('changed')");
    commit("thickness");
    ChangedPaths.Changes changes = check();
    assertThat(changes.changed()).containsExactly("thickness/app.py");
    assertThat(changes.runReason())
        .startsWith("1 file changed since ")
        .endsWith(": thickness/app.py");
  }

  @Test
  void aChangedParentPomRuns() throws Exception {
    write("pom.xml", "<project><modules/></project>");
    commit("parent");
    assertThat(check().changed()).containsExactly("pom.xml");
  }

  @Test
  void anAlwaysRelevantFileRuns() throws Exception {
    write("requirements.txt", "torch==2.5.0");
    commit("Renovate: torch 2.5.0");
    assertThat(check().changed()).containsExactly("requirements.txt");
  }

  @Test
  void anEmptyAlwaysRelevantEntryWatchesNothing() throws Exception {
    write("parts/app.py", "print('changed')");
    ChangedPaths.Changes changes =
        new ChangedPaths(thickness)
            .since("main", List.of(thickness), List.of(), List.of(""), List.of());
    assertThat(changes.watched()).containsExactly("thickness");
    assertThat(changes.any()).isFalse();
  }

  @Test
  void theSamplesAndGoldensCountWhereverTheyAre() throws Exception {
    write("shared/golden.csv", "id,pred,name\na,2.0,x\n");
    commit("a golden outside the module");
    ChangedPaths changed = new ChangedPaths(thickness);
    ChangedPaths.Changes changes =
        changed.since(
            "main",
            List.of(thickness),
            List.of(repo.resolve("shared/golden.csv")),
            List.of(),
            List.of());
    assertThat(changes.changed()).containsExactly("shared/golden.csv");
  }

  @Test
  void anUncommittedChangeRuns() throws Exception {
    write("thickness/src/test/predcheck/golden.csv", "id,pred,name\na,1.5,x\n");
    assertThat(check().changed()).containsExactly("thickness/src/test/predcheck/golden.csv");
  }

  @Test
  void aStagedNewFileAndAnUncommittedDeletionRun() throws Exception {
    write("thickness/handler.py", "print('staged')");
    git(repo, "add", "thickness/handler.py");
    Files.delete(repo.resolve("thickness/app.py"));
    assertThat(check().changed())
        .containsExactlyInAnyOrder("thickness/handler.py", "thickness/app.py");
  }

  @Test
  void anUntrackedFileRunsNamedAsItIs() throws Exception {
    write("thickness/src/test/predcheck/samples/図面 1.png", "new drawing");
    assertThat(check().changed()).containsExactly("thickness/src/test/predcheck/samples/図面 1.png");
  }

  @Test
  void theBuildOutputAndIgnoredFilesNeverCount() throws Exception {
    write("thickness/target/predcheck/x/summary.json", "{}"); // ignored by .gitignore
    write("thickness/build/out.txt", "not ignored by git, but the build's own output");
    ChangedPaths.Changes changes =
        new ChangedPaths(thickness)
            .since(
                "main",
                List.of(thickness),
                List.of(),
                List.of(),
                List.of(thickness.resolve("build")));
    assertThat(changes.any()).isFalse();
  }

  @Test
  void aMissingRefIsAnErrorSayingHowToFetchIt() {
    assertThatThrownBy(
            () ->
                new ChangedPaths(thickness)
                    .since("origin/develop", List.of(thickness), List.of(), List.of(), List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(Setting.CHANGED_SINCE.is("origin/develop"))
        .hasMessageContaining("'origin/develop' is no commit in this clone")
        .hasMessageContaining("'git fetch origin develop'")
        .hasMessageContaining("fetch-depth: 0");
  }

  @Test
  void aShallowCloneWithoutTheMergeBaseIsAnError() throws Exception {
    write("parts/app.py", "print('feature')");
    commit("on feature");
    git(repo, "checkout", "-q", "main");
    write("thickness/app.py", "print('main moved on')");
    commit("on main");
    Path clone = tmp.resolve("clone");
    git(
        tmp,
        "clone",
        "-q",
        "--depth",
        "1",
        "--no-single-branch",
        "--branch",
        "feature",
        repo.toUri().toString(),
        clone.toString());
    Path module = clone.resolve("thickness");
    assertThatThrownBy(
            () ->
                new ChangedPaths(module)
                    .since("origin/main", List.of(module), List.of(), List.of(), List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no common commit in this shallow clone")
        .hasMessageContaining("git fetch --unshallow origin")
        .hasMessageContaining("fetch-depth: 0");
  }

  @Test
  void outsideAGitWorkTreeIsAnError() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThatThrownBy(
            () ->
                new ChangedPaths(plain)
                    .since("main", List.of(plain), List.of(), List.of(), List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("needs a git work tree")
        .hasMessageContaining("not a git repository");
  }

  @Test
  void aChosenPathOutsideTheRepositoryIsAnError() {
    assertThatThrownBy(
            () ->
                new ChangedPaths(thickness)
                    .since("main", List.of(tmp), List.of(), List.of(), List.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("is outside the git work tree");
  }

  @Test
  void fetchCommands() {
    assertThat(ChangedPaths.fetchCommand("origin/main")).isEqualTo("git fetch origin main");
    assertThat(ChangedPaths.fetchCommand("refs/remotes/upstream/release/1.x"))
        .isEqualTo("git fetch upstream release/1.x");
    assertThat(ChangedPaths.fetchCommand("v1.0")).isEqualTo("git fetch origin v1.0");
  }

  private ChangedPaths.Changes check() throws Exception {
    List<Path> implied =
        List.of(
            thickness.resolve("pom.xml"),
            repo.resolve("pom.xml"),
            thickness.resolve("src/test/predcheck/samples"),
            thickness.resolve("src/test/predcheck/golden.csv"));
    return new ChangedPaths(thickness)
        .since(
            "main",
            List.of(thickness),
            implied,
            List.of("requirements.txt"),
            List.of(thickness.resolve("target")));
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void commit(String message) throws Exception {
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", message);
  }
}
