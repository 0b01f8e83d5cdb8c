package io.github.predcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.lifecycle.ApiSpec;
import io.github.predcheck.lifecycle.CommandSpec;
import io.github.predcheck.lifecycle.ComposeSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineApiTest {
  @TempDir Path tmp;
  TwoCommits repo;
  BaselineTree head;
  BaselineTree first;
  final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void trees() throws Exception {
    repo = new TwoCommits(tmp);
    head = BaselineTree.checkout(repo.api, "HEAD", repo.api.resolve("target/b/head"), warnings());
    first =
        BaselineTree.checkout(repo.api, "HEAD~1", repo.api.resolve("target/b/first"), Log.SILENT);
  }

  @AfterEach
  void close() {
    head.close();
    first.close();
  }

  @Test
  void aCommandRunsInTheOldTreeWithEverythingElseAsItWas() throws Exception {
    CommandSpec spec =
        new CommandSpec(
            "sh",
            List.of("run.sh", "--port={port}"),
            repo.api,
            Map.of("MODEL", "small"),
            repo.api.resolve("target/predcheck/api.log"),
            Duration.ofSeconds(3),
            false);
    CommandSpec moved = (CommandSpec) BaselineApi.relocate(spec, first);
    assertThat(moved.workingDirectory()).isEqualTo(first.root().resolve("api"));
    assertThat(moved.workingDirectory().resolve("run.sh")).hasContent("echo old");
    assertThat(moved).usingRecursiveComparison().ignoringFields("workingDirectory").isEqualTo(spec);
  }

  @Test
  void aCommandWithoutAWorkingDirectoryRunsInTheOldProjectFolder() throws Exception {
    CommandSpec spec = new CommandSpec("sh", List.of("run.sh"), null, null, null, null, false);
    assertThat(((CommandSpec) BaselineApi.relocate(spec, first)).workingDirectory())
        .isEqualTo(first.root().resolve("api"));
  }

  @Test
  void composeFilesAndTheirFolderMoveIntoTheOldTree() throws Exception {
    ComposeSpec spec = compose(repo.api.resolve("compose.yml"));
    ComposeSpec moved = (ComposeSpec) BaselineApi.relocate(spec, head);
    assertThat(moved.files()).containsExactly(head.root().resolve("api/compose.yml"));
    assertThat(moved.workingDirectory()).isEqualTo(head.root().resolve("api"));
    assertThat(moved)
        .usingRecursiveComparison()
        .ignoringFields("files", "workingDirectory")
        .isEqualTo(spec);
  }

  @Test
  void aComposeFileTheOldCommitLacksIsAnErrorThatSaysWhy() {
    assertThatThrownBy(() -> BaselineApi.relocate(compose(repo.api.resolve("compose.yml")), first))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith(
                        "COMPOSE file api/compose.yml is not in HEAD~1 at "
                            + first.commit().substring(0, 7)
                            + ". Files ignored by git (built jars, model weights, .env)")
                    .contains("the baseline must build what it needs")
                    .endsWith("give the baseline its own configuration in BASELINE."));
  }

  @Test
  void aWorkingDirectoryTheOldCommitLacksIsAnError() {
    CommandSpec spec =
        new CommandSpec("sh", List.of(), repo.api.resolve("serve"), null, null, null, false);
    assertThatThrownBy(() -> BaselineApi.relocate(spec, first))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith("COMMAND working directory api/serve is not in HEAD~1 at "));
  }

  @Test
  void anIgnoredFileIsNotInTheOldTree() {
    ComposeSpec spec = compose(repo.api.resolve("target/app.jar"));
    assertThatThrownBy(() -> BaselineApi.relocate(spec, head))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("api/target/app.jar is not in HEAD at ");
  }

  @Test
  void aComposeFileOutsideTheRepositoryIsAnError() {
    ComposeSpec spec = compose(tmp.resolve("shared/compose.yml"));
    assertThatThrownBy(() -> BaselineApi.relocate(spec, head))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith("COMPOSE file: " + tmp.resolve("shared/compose.yml"))
                    .contains("is outside the git work tree"));
  }

  @Test
  void anApiAtAUrlCannotBeTheOldCommits() {
    assertThatThrownBy(() -> BaselineApi.relocate(ApiSpec.URL, first))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith("BASELINE_REF starts the baseline API from the tree of HEAD~1 at ")
                    .contains("it needs a COMMAND or COMPOSE configuration")
                    .contains("the execution's or BASELINE's")
                    .endsWith("through BASELINE_URL."));
  }

  @Test
  void anAbsolutePathIntoTheCurrentTreeIsWarnedOf() throws Exception {
    String jar = repo.api.resolve("target/app.jar").toString();
    CommandSpec spec =
        new CommandSpec(
            "java",
            List.of("-jar", jar, "--model=" + repo.api.resolve("model.txt"), "/usr/share/x"),
            repo.api,
            null,
            null,
            null,
            false);
    BaselineApi.relocate(spec, head);
    assertThat(warnings).hasSize(2);
    assertThat(Setting.plain(warnings.get(0)))
        .isEqualTo(
            "COMMAND has '"
                + jar
                + "', a path in the current tree: the baseline "
                + head.describe()
                + " runs the current file, not its own. Write it relative to the working"
                + " directory, which moves into the baseline's tree.");
    assertThat(warnings.get(1)).contains("'--model=" + repo.api.resolve("model.txt") + "'");
  }

  private ComposeSpec compose(Path file) {
    return new ComposeSpec(
        List.of(file),
        "predcheck-api-diff",
        List.of("api"),
        true,
        Map.of(),
        null,
        "api",
        8080,
        repo.api,
        repo.api.resolve("target/predcheck/api.log"),
        false);
  }

  /** A log that keeps its warnings. */
  private Log warnings() {
    return new Log() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        warnings.add(message);
      }

      @Override
      public void error(String message) {}

      @Override
      public boolean isDebugEnabled() {
        return false;
      }
    };
  }
}
