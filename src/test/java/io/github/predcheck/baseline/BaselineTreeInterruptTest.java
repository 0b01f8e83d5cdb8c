package io.github.predcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while the baseline's tree is checked out: the JVM's shutdown removes it. */
class BaselineTreeInterruptTest {
  @TempDir Path tmp;

  @Test
  void anInterruptedBuildLeavesNoTree() throws Exception {
    TwoCommits repo = new TwoCommits(tmp);
    Path workDir = repo.api.resolve("target/predcheck-baseline/diff");
    Path childLog = tmp.resolve("child.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                repo.api.toString(),
                workDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(childLog.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(childLog).contains("checked out")
        && System.nanoTime() < deadline
        && child.isAlive()) {
      Thread.sleep(20);
    }
    assertThat(workDir.resolve("api/model.txt")).as(Files.readString(childLog)).exists();
    new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(childLog)).doesNotContain("closed by the build");
    assertThat(repo.worktrees())
        .as(Files.readString(childLog))
        .containsExactly(repo.repo.toString());
    assertThat(workDir).doesNotExist();
  }

  /** A build that checks the baseline out and is stopped before it closes it. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      try (BaselineTree tree =
          BaselineTree.checkout(Path.of(args[0]), "HEAD~1", Path.of(args[1]), new Stdout())) {
        Thread.sleep(60_000);
      }
      System.out.println("closed by the build");
    }
  }

  private static final class Stdout implements Log {
    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {
      System.out.println(message);
    }

    @Override
    public void warn(String message) {
      System.out.println(message);
    }

    @Override
    public void error(String message) {
      System.out.println(message);
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }
  }
}
