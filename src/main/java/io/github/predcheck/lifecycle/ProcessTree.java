package io.github.predcheck.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stops a process and everything it started: a polite signal first, a kill after the grace period.
 * The processes are listed again while they stop, until every one found has ended and a listing
 * finds no new one: a child spawned during the grace period (by a SIGTERM handler, say) is found
 * and stopped too. With a {@link ProcessCookie}, "everything it started" also holds the processes
 * that left the tree (a double-forked daemon, a child whose parent died) but carry the cookie.
 * Every signal goes through a {@link ProcessHandle}, which never signals a newer process that
 * reused the pid.
 */
public final class ProcessTree {
  /** How often the processes are listed again while some still run. */
  private static final Duration RELIST = Duration.ofMillis(100);

  private static final Duration POLL = Duration.ofMillis(10);
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);

  /**
   * What stopping did: {@code polite} when everything ended within the grace period; {@code
   * stopped} processes found running, {@code outsideTree} of them found by the cookie only; {@code
   * kept} processes left running because they asked to be; {@code survivors}, pids still running
   * after the kill.
   */
  public record Outcome(
      boolean polite, int stopped, int outsideTree, int kept, List<Long> survivors) {}

  private ProcessTree() {}

  /** Stops the root and its descendants; true when they ended within the grace period. */
  public static boolean stop(ProcessHandle root, Duration grace) {
    return stop(root, grace, null).polite();
  }

  /** Stops the root, its descendants and, with a cookie, every process carrying it. */
  public static Outcome stop(ProcessHandle root, Duration grace, ProcessCookie cookie) {
    Listing listing = new Listing(root, cookie);
    listing.next().forEach(ProcessHandle::destroy);
    boolean polite = settle(listing, grace, ProcessHandle::destroy);
    if (!polite) {
      listing.alive().forEach(ProcessHandle::destroyForcibly);
      settle(listing, KILL_WAIT, ProcessHandle::destroyForcibly);
    }
    return new Outcome(
        polite,
        listing.stopped,
        listing.outside,
        listing.kept.size(),
        listing.alive().stream().map(ProcessHandle::pid).toList());
  }

  /**
   * Waits until every process found has ended and a fresh listing finds none new, signalling the
   * new ones it finds. Bounded by the timeout, so by a number of listings: a process that keeps
   * spawning cannot hold the build.
   */
  private static boolean settle(Listing listing, Duration timeout, Consumer<ProcessHandle> signal) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long nextListing = System.nanoTime() + RELIST.toNanos();
    while (true) {
      boolean ended = listing.alive().isEmpty();
      if (ended || System.nanoTime() - nextListing >= 0) {
        List<ProcessHandle> found = listing.next();
        found.forEach(signal);
        if (ended && found.isEmpty()) {
          return true;
        }
        nextListing = System.nanoTime() + RELIST.toNanos();
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        // Stop at once: the caller kills what still runs.
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** Every process found so far; each listing adds the new ones. */
  private static final class Listing {
    private final ProcessHandle root;
    private final ProcessCookie cookie;
    private final Set<ProcessHandle> found = new LinkedHashSet<>();
    private final Set<ProcessHandle> kept = new LinkedHashSet<>();
    private int stopped;
    private int outside;

    Listing(ProcessHandle root, ProcessCookie cookie) {
      this.root = root;
      this.cookie = cookie;
    }

    /**
     * The processes not found before: the root, its descendants, the descendants of every process
     * found (a dead parent's children are no longer the root's descendants), and the carriers of
     * the cookie. The root is stopped even when it asks to be kept: keepRunning is the way to keep
     * the API.
     */
    List<ProcessHandle> next() {
      Set<ProcessHandle> tree = new LinkedHashSet<>();
      tree.add(root);
      tree.addAll(root.descendants().toList());
      for (ProcessHandle h : List.copyOf(found)) {
        if (running(h)) {
          tree.addAll(h.descendants().toList());
        }
      }
      Set<ProcessHandle> all = new LinkedHashSet<>(tree);
      if (cookie != null) {
        all.addAll(cookie.carriers());
      }
      List<ProcessHandle> fresh = new ArrayList<>();
      for (ProcessHandle h : all) {
        if (found.contains(h) || kept.contains(h)) {
          continue;
        }
        if (!h.equals(root) && ProcessCookie.kept(h)) {
          kept.add(h);
          continue;
        }
        fresh.add(h);
        if (!tree.contains(h)) {
          outside++;
        }
      }
      found.addAll(fresh);
      stopped += (int) fresh.stream().filter(ProcessTree::running).count();
      return fresh;
    }

    List<ProcessHandle> alive() {
      return found.stream().filter(ProcessTree::running).toList();
    }
  }

  /**
   * Whether the process still runs. A zombie does not: it has ended, and only waits for its parent
   * (init, for a process that left the tree) to reap it, which some container inits never do;
   * {@link ProcessHandle#isAlive()} counts it alive.
   */
  static boolean running(ProcessHandle h) {
    if (!h.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
      int close = stat.lastIndexOf(')');
      return !(close > 0 && close + 2 < stat.length() && stat.charAt(close + 2) == 'Z');
    } catch (IOException | RuntimeException noProcFs) {
      return h.isAlive();
    }
  }
}
