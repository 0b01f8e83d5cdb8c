package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.predcheck.core.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes that leave the API's tree, against real shell scripts: a daemon that double-forks into
 * its own session, a child spawned by a SIGTERM handler. Each is found by the execution's {@code
 * PREDCHECK_RUN} in {@code /proc/<pid>/environ}, so these tests need Linux.
 */
class CommandApiCookieTest {
  @TempDir Path dir;

  /** Everything a test started, killed afterwards whatever happened. */
  private final List<ProcessHandle> started = new ArrayList<>();

  @BeforeEach
  void onLinux() {
    assumeTrue(ProcessCookie.searchable(), "needs /proc/<pid>/environ");
  }

  @AfterEach
  void killLeftovers() {
    for (ProcessHandle p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  /**
   * The classic daemon: a subshell starts a new session whose shell starts {@code sleep} in the
   * background and exits, so the sleep's parent is init, not the API. Its pid goes to {@code name}.
   */
  private static String daemon(String name) {
    return "( setsid sh -c 'sleep 300 & echo $! > " + name + "' & ); ";
  }

  private CommandApi start(Path folder, String script) throws Exception {
    Files.createDirectories(folder);
    CommandSpec spec =
        new CommandSpec(
            "sh",
            List.of("-c", script + "sleep 300 & wait"),
            folder,
            Map.of(),
            folder.resolve("api.log"),
            Duration.ofSeconds(2),
            false);
    CommandApi api = CommandApi.start(spec, Log.SILENT);
    started.add(ProcessHandle.of(api.pid()).orElseThrow());
    return api;
  }

  /** The pid the script wrote to the file, once it has. */
  private static long readPid(Path pidFile) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (Files.exists(pidFile) && Files.readString(pidFile).endsWith("\n")) {
        return Long.parseLong(Files.readString(pidFile).strip());
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the script wrote no " + pidFile);
  }

  /** The running process whose pid the script wrote to the file. */
  private ProcessHandle await(Path pidFile) throws Exception {
    long pid = readPid(pidFile);
    ProcessHandle p =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new AssertionError(pidFile + ": pid " + pid + " has ended"));
    started.add(p);
    return p;
  }

  private static boolean descendantOf(ProcessHandle p, long ancestor) {
    Optional<ProcessHandle> parent = p.parent();
    while (parent.isPresent()) {
      if (parent.get().pid() == ancestor) {
        return true;
      }
      parent = parent.get().parent();
    }
    return false;
  }

  @Test
  void aDaemonThatDoubleForkedOutOfTheTreeIsStopped() throws Exception {
    CommandApi api = start(dir, daemon("daemon.pid"));
    ProcessHandle daemon = await(dir.resolve("daemon.pid"));
    assertThat(descendantOf(daemon, api.pid())).as("the daemon has left the API's tree").isFalse();

    api.close();

    assertThat(ProcessTree.running(daemon)).isFalse();
    assertThat(api.cookie().carriers()).isEmpty();
  }

  @Test
  void aChildSpawnedDuringTheGracePeriodIsStopped() throws Exception {
    // On SIGTERM the API starts one more process and exits: it was not there when the stop began.
    String onTerm = "trap 'sleep 300 & echo $! > late.pid; exit 0' TERM; ";
    CommandApi api = start(dir, onTerm + "echo up > up; ");
    while (!Files.exists(dir.resolve("up"))) {
      Thread.sleep(20);
    }

    api.close();

    Optional<ProcessHandle> late = ProcessHandle.of(readPid(dir.resolve("late.pid")));
    late.ifPresent(started::add);
    assertThat(late.filter(ProcessTree::running)).as("the late child").isEmpty();
    assertThat(api.cookie().carriers()).isEmpty();
  }

  @Test
  void parallelExecutionsNeverStopEachOthersProcesses() throws Exception {
    CommandApi first = start(dir.resolve("first"), daemon("daemon.pid"));
    CommandApi second = start(dir.resolve("second"), daemon("daemon.pid"));
    ProcessHandle firstDaemon = await(dir.resolve("first/daemon.pid"));
    ProcessHandle secondDaemon = await(dir.resolve("second/daemon.pid"));

    first.close();

    assertThat(ProcessTree.running(firstDaemon)).isFalse();
    assertThat(ProcessTree.running(secondDaemon)).isTrue();
    assertThat(ProcessHandle.of(second.pid()).map(ProcessHandle::isAlive)).hasValue(true);
    assertThat(second.cookie().carriers()).contains(secondDaemon);

    second.close();
    assertThat(ProcessTree.running(secondDaemon)).isFalse();
    assertThat(second.cookie().carriers()).isEmpty();
  }

  @Test
  void aProcessWhoseEnvironmentAsksToBeKeptIsLeftRunning() throws Exception {
    // One kept daemon outside the tree, one kept child inside it, one ordinary child.
    String script =
        "( PREDCHECK_KEEP=1 setsid sh -c 'sleep 300 & echo $! > kept-daemon.pid' & ); "
            + "PREDCHECK_KEEP=1 sleep 300 & echo $! > kept-child.pid; "
            + "sleep 300 & echo $! > child.pid; ";
    CommandApi api = start(dir, script);
    ProcessHandle keptDaemon = await(dir.resolve("kept-daemon.pid"));
    ProcessHandle keptChild = await(dir.resolve("kept-child.pid"));
    ProcessHandle child = await(dir.resolve("child.pid"));

    api.close();

    assertThat(ProcessTree.running(child)).isFalse();
    assertThat(ProcessHandle.of(api.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(ProcessTree.running(keptDaemon)).isTrue();
    assertThat(ProcessTree.running(keptChild)).isTrue();
    assertThat(api.cookie().carriers()).containsExactlyInAnyOrder(keptDaemon, keptChild);
  }

  @Test
  void theApiItselfCannotInheritTheKeepMark() {
    Map<String, String> environment = new java.util.HashMap<>(Map.of(ProcessCookie.KEEP, "1"));
    ProcessCookie cookie = ProcessCookie.random();
    cookie.mark(environment);
    assertThat(environment).doesNotContainKey(ProcessCookie.KEEP);
    assertThat(ProcessCookie.VARIABLE + "=" + environment.get(ProcessCookie.VARIABLE))
        .isEqualTo(cookie.toString());
    assertThat(ProcessCookie.random().toString()).isNotEqualTo(cookie.toString());
  }
}
