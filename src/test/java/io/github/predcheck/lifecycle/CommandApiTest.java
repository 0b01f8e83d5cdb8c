package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandApiTest {
  @TempDir Path dir;

  /** A shell that starts a grandchild, so that stopping only the child would leave one behind. */
  private CommandSpec tree(boolean keepRunning, String trap) {
    String script = trap + "sleep 300 & echo child=$$ grandchild=$!; wait";
    return new CommandSpec(
        "sh",
        List.of("-c", script),
        dir,
        Map.of(),
        dir.resolve("api.log"),
        Duration.ofSeconds(2),
        keepRunning);
  }

  private List<ProcessHandle> started(CommandApi api) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      List<ProcessHandle> tree = ProcessHandle.of(api.pid()).orElseThrow().descendants().toList();
      if (!tree.isEmpty()) {
        return tree;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the command started no grandchild");
  }

  @Test
  void closeStopsTheWholeProcessTree() throws Exception {
    CommandApi api = CommandApi.start(tree(false, ""), Log.SILENT);
    List<ProcessHandle> grandchildren = started(api);
    ProcessHandle child = ProcessHandle.of(api.pid()).orElseThrow();
    api.close();
    assertThat(child.isAlive()).isFalse();
    assertThat(grandchildren).noneMatch(ProcessTree::running);
    assertThat(Files.readString(dir.resolve("api.log"))).contains("child=");
  }

  @Test
  void aProcessThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
    CommandApi api = CommandApi.start(tree(false, "trap '' TERM; "), Log.SILENT);
    List<ProcessHandle> grandchildren = started(api);
    long start = System.nanoTime();
    api.close();
    assertThat(ProcessHandle.of(api.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(grandchildren).noneMatch(ProcessTree::running);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
  }

  @Test
  void keepRunningLeavesItUp() throws Exception {
    CommandApi api = CommandApi.start(tree(true, ""), Log.SILENT);
    List<ProcessHandle> grandchildren = started(api);
    api.close();
    ProcessHandle child = ProcessHandle.of(api.pid()).orElseThrow();
    try {
      assertThat(child.isAlive()).isTrue();
    } finally {
      ProcessTree.stop(child, Duration.ofSeconds(2));
      grandchildren.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void exitIsNoticedWithItsCode() throws Exception {
    CommandSpec spec =
        new CommandSpec(
            "sh",
            List.of("-c", "echo bye; exit 7"),
            dir,
            Map.of(),
            dir.resolve("api.log"),
            Duration.ofSeconds(2),
            false);
    try (CommandApi api = CommandApi.start(spec, Log.SILENT)) {
      ProcessHandle.of(api.pid()).ifPresent(p -> p.onExit().join());
      Thread.sleep(50);
      assertThat(api.exited()).hasValue("exited with code 7");
      assertThat(api.logTail(5)).containsExactly("bye");
    }
  }

  /**
   * Ctrl-C: Maven's JVM gets SIGINT/SIGTERM and exits; the shutdown hook must stop the API's tree.
   */
  @Test
  void theApiDiesWithTheBuildJvm() throws Exception {
    Path pids = dir.resolve("pids");
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Surefire's own class path is a manifest jar: name the two folders this needs.
                "-cp",
                Path.of("target/classes").toAbsolutePath()
                    + java.io.File.pathSeparator
                    + Path.of("target/test-classes").toAbsolutePath(),
                StartApiAndWait.class.getName(),
                dir.toString(),
                pids.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("jvm.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!(Files.exists(pids) && Files.readString(pids).endsWith("\n"))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(pids).as(() -> "jvm.log: " + read(dir.resolve("jvm.log"))).exists();
    List<ProcessHandle> api =
        Files.readAllLines(pids).stream()
            .map(Long::parseLong)
            .map(p -> ProcessHandle.of(p).orElseThrow())
            .toList();
    assertThat(api).hasSizeGreaterThanOrEqualTo(2).allMatch(ProcessHandle::isAlive);
    jvm.destroy(); // SIGTERM, as a terminal's Ctrl-C ends Maven through the JVM's shutdown
    assertThat(jvm.waitFor(20, TimeUnit.SECONDS)).isTrue();
    for (ProcessHandle p : api) {
      p.onExit().get(10, TimeUnit.SECONDS);
      assertThat(p.isAlive()).isFalse();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "(none)";
    }
  }

  /** The "build": starts an API tree, writes its pids, and waits to be killed. */
  public static final class StartApiAndWait {
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      CommandSpec spec =
          new CommandSpec(
              "sh",
              List.of("-c", "sleep 300 & wait"),
              dir,
              Map.of(),
              dir.resolve("api2.log"),
              Duration.ofSeconds(2),
              false);
      CommandApi api = CommandApi.start(spec, Log.SILENT);
      ProcessHandle child = ProcessHandle.of(api.pid()).orElseThrow();
      while (child.descendants().findAny().isEmpty()) {
        Thread.sleep(20);
      }
      StringBuilder out = new StringBuilder().append(api.pid()).append('\n');
      child.descendants().forEach(d -> out.append(d.pid()).append('\n'));
      Files.writeString(Path.of(args[1]), out.toString());
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
