package io.github.predcheck.lifecycle;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Picks a free loopback port for {@code {port}}.
 *
 * <p>The port is free when picked, but the API binds it only seconds later. Under {@code mvn -T 2}
 * two modules' executions pick in the same JVM at once, and the kernel hands the same port out
 * again once the probe socket is closed (here 269 of 2,000 picks in a row repeated an earlier one),
 * so the ports handed out recently are remembered, JVM-wide, and never handed out twice.
 */
public final class FreePort {
  /** About as many as a build starts APIs; far fewer than the ephemeral range holds. */
  static final int REMEMBERED = 1024;

  private static final int ATTEMPTS = 100;
  private static final Deque<Integer> RECENT = new ArrayDeque<>();
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  private FreePort() {}

  public static int pick() throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port = probe();
      if (remember(port)) {
        return port;
      }
    }
    throw new IOException(
        "no free loopback port found that was not handed out already in " + ATTEMPTS + " tries");
  }

  private static synchronized boolean remember(int port) {
    if (!HANDED_OUT.add(port)) {
      return false;
    }
    RECENT.addLast(port);
    if (RECENT.size() > REMEMBERED) {
      HANDED_OUT.remove(RECENT.removeFirst());
    }
    return true;
  }

  private static int probe() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
