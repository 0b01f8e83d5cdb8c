package io.github.predcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.changes.TestGit;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTreeTest {
  @TempDir Path tmp;
  TwoCommits repo;
  Path workDir;

  @BeforeEach
  void repository() throws Exception {
    repo = new TwoCommits(tmp);
    workDir = repo.api.resolve("target/predcheck-baseline/diff");
  }

  @Test
  void theOldCommitsFilesAreCheckedOutApart() throws Exception {
    String old = repo.git("rev-parse", "HEAD~1").strip();
    try (BaselineTree tree = checkout("HEAD~1")) {
      assertThat(tree.root()).isEqualTo(workDir);
      assertThat(tree.commit()).isEqualTo(old);
      assertThat(tree.describe()).isEqualTo("HEAD~1 at " + old.substring(0, 7));
      assertThat(tree.root().resolve("api/model.txt")).hasContent("scale=1.0");
      // Committed contents, not the work tree's unstaged edit.
      assertThat(tree.root().resolve("api/run.sh")).hasContent("echo old");
      assertThat(tree.root().resolve("api/compose.yml")).doesNotExist();
      assertThat(repo.worktrees()).containsExactly(repo.repo.toString(), workDir.toString());
    }
  }

  @Test
  void theRepositoryIsAsItWasAndNothingIsLeft() throws Exception {
    Map<String, String> before = repo.state(workDir);
    try (BaselineTree tree = checkout("HEAD~1")) {
      assertThat(repo.state(workDir)).isEqualTo(before);
    }
    assertThat(repo.state(workDir)).isEqualTo(before);
    assertThat(repo.worktrees()).containsExactly(repo.repo.toString());
    assertThat(workDir).doesNotExist();
  }

  @Test
  void aFailureInsideTheBlockStillRemovesTheTree() throws Exception {
    assertThatThrownBy(
            () -> {
              try (BaselineTree tree = checkout("HEAD~1")) {
                Files.writeString(tree.root().resolve("api/built.jar"), "the baseline's build");
                throw new IllegalStateException("the diff broke");
              }
            })
        .hasMessage("the diff broke");
    assertThat(repo.worktrees()).containsExactly(repo.repo.toString());
    assertThat(workDir).doesNotExist();
  }

  @Test
  void aTreeLeftByARunThatNeverClosedIsReplaced() throws Exception {
    // As a killed run leaves it: registered, locked (killed during the checkout), with changes.
    Files.createDirectories(workDir.getParent());
    repo.git("worktree", "add", "--detach", workDir.toString(), "HEAD");
    repo.git("worktree", "lock", workDir.toString());
    Files.writeString(workDir.resolve("api/model.txt"), "changed by the old run");
    try (BaselineTree tree = checkout("HEAD~1")) {
      assertThat(tree.root().resolve("api/model.txt")).hasContent("scale=1.0");
      assertThat(repo.worktrees()).containsExactly(repo.repo.toString(), workDir.toString());
    }
    assertThat(repo.worktrees()).containsExactly(repo.repo.toString());
    assertThat(workDir).doesNotExist();
  }

  @Test
  void aTreeWhoseFolderWasCleanedAwayIsForgotten() throws Exception {
    // A killed run, then mvn clean: git still holds the worktree, locked, at a folder now gone.
    Files.createDirectories(workDir.getParent());
    repo.git("worktree", "add", "--detach", workDir.toString(), "HEAD");
    repo.git("worktree", "lock", workDir.toString());
    BaselineTree.delete(repo.api.resolve("target"));
    try (BaselineTree tree = checkout("HEAD~1")) {
      assertThat(tree.root().resolve("api/model.txt")).hasContent("scale=1.0");
    }
    assertThat(repo.worktrees()).containsExactly(repo.repo.toString());
  }

  @Test
  void aFolderThatIsNoWorktreeIsReplaced() throws Exception {
    Files.createDirectories(workDir.resolve("cache/module"));
    Files.writeString(workDir.resolve("cache/module/go.mod"), "module x");
    try (BaselineTree tree = checkout("HEAD~1")) {
      assertThat(tree.root().resolve("cache")).doesNotExist();
      assertThat(tree.root().resolve("api/model.txt")).hasContent("scale=1.0");
    }
    assertThat(workDir).doesNotExist();
  }

  @Test
  void closingAgainLeavesTheNextRunsTreeAlone() throws Exception {
    BaselineTree first = checkout("HEAD~1");
    first.close();
    try (BaselineTree second = checkout("HEAD")) {
      first.close();
      assertThat(second.root().resolve("api/model.txt")).hasContent("scale=2.0");
      assertThat(repo.worktrees()).containsExactly(repo.repo.toString(), workDir.toString());
    }
  }

  @Test
  void aPathMovesToTheSamePlaceInTheOldTree() throws Exception {
    try (BaselineTree tree = checkout("HEAD~1")) {
      assertThat(tree.relocate(repo.api.resolve("compose.yml")))
          .isEqualTo(workDir.resolve("api/compose.yml"));
      assertThat(tree.relocate(repo.repo)).isEqualTo(workDir);
      assertThatThrownBy(() -> tree.relocate(tmp.resolve("elsewhere/compose.yml")))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("elsewhere/compose.yml is outside the git work tree " + repo.repo)
          .hasMessageContaining("keep it inside the repository");
    }
  }

  @Test
  void aRefThatIsNoCommitSaysWhatToFetch() {
    assertThatThrownBy(() -> checkout("origin/release"))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith(
                        "BASELINE_REF=origin/release: 'origin/release' is no commit in this clone")
                    .contains("'git fetch origin release'")
                    .contains("fetch-depth: 0"));
    assertThat(workDir).doesNotExist();
  }

  @Test
  void anOptionIsNoRef() {
    // Never handed to git, where it would be read as an option.
    assertThatThrownBy(() -> checkout("--output=x"))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .isEqualTo(
                        "BASELINE_REF=--output=x is no git ref: name a branch, tag or commit,"
                            + " e.g. origin/main."));
  }

  @Test
  void aShallowCloneIsToldToFetchTheHistory() throws Exception {
    Path clone = tmp.resolve("shallow");
    TestGit.git(tmp, "clone", "-q", "--depth", "1", repo.repo.toUri().toString(), clone.toString());
    assertThatThrownBy(
            () -> BaselineTree.checkout(clone, "HEAD~1", clone.resolve("target/b"), Log.SILENT))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .contains("'HEAD~1' is no commit in this shallow clone")
                    .contains("'git fetch --unshallow'"));
  }

  @Test
  void aProjectOutsideGitIsAnError() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThatThrownBy(() -> BaselineTree.checkout(plain, "main", plain.resolve("b"), Log.SILENT))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith("BASELINE_REF=main starts the baseline API from a commit")
                    .contains(plain + " is in none: ")
                    .contains("not a git repository")
                    .endsWith("through BASELINE_URL."));
  }

  private BaselineTree checkout(String ref) throws Exception {
    return BaselineTree.checkout(repo.api, ref, workDir, Log.SILENT);
  }
}
