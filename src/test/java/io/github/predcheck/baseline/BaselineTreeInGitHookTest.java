package io.github.predcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build run by a git hook: pre-commit exports GIT_INDEX_FILE, and git would check the baseline
 * out through the repository's own index, overwriting what is staged.
 */
class BaselineTreeInGitHookTest {
  @TempDir Path tmp;

  @Test
  void theRepositorysIndexIsNotUsed() throws Exception {
    TwoCommits repo = new TwoCommits(tmp);
    String status = repo.git("status", "--porcelain");
    Path childLog = tmp.resolve("child.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder build =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BaselineTreeInterruptTest.Child.class.getName(),
                repo.api.toString(),
                repo.api.resolve("target/predcheck-baseline/diff").toString())
            .redirectErrorStream(true)
            .redirectOutput(childLog.toFile());
    // Absolute, as 'git commit -a' gives its hooks (.git/index.lock).
    build.environment().put("GIT_INDEX_FILE", repo.repo.resolve(".git/index").toString());
    Process child = build.start();
    try {
      // It ends with the error, or (without the check) checks out and waits to be stopped.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (child.isAlive()
          && !Files.readString(childLog).contains("checked out")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    String log = Setting.plain(Files.readString(childLog));
    assertThat(log)
        .contains(
            "BASELINE_REF=HEAD~1 checks out another commit with git, and GIT_INDEX_FILE is set")
        .contains("Run the build outside the hook, or without the variable: env -u GIT_INDEX_FILE");
    assertThat(repo.git("status", "--porcelain")).isEqualTo(status);
  }
}
