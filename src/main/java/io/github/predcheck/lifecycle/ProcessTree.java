package io.github.predcheck.lifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process and everything it started: a polite signal first, a kill after the grace period.
 */
public final class ProcessTree {
  private ProcessTree() {}

  /** Returns true when everything ended within the grace period, false when it had to be killed. */
  public static boolean stop(ProcessHandle root, Duration grace) {
    // Snapshot first: once the parent dies its children are re-parented and no longer its
    // descendants.
    List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
    all.add(0, root);
    all.forEach(ProcessHandle::destroy);
    boolean polite = waitAll(all, grace);
    if (!polite) {
      all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      waitAll(all, Duration.ofSeconds(5));
    }
    return polite;
  }

  private static boolean waitAll(List<ProcessHandle> handles, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle h : handles) {
      long left = deadline - System.nanoTime();
      try {
        CompletableFuture<ProcessHandle> exit = h.onExit();
        if (left <= 0) {
          if (h.isAlive()) {
            return false;
          }
          continue;
        }
        exit.get(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (Exception e) {
        if (h.isAlive()) {
          return false;
        }
      }
    }
    return true;
  }
}
