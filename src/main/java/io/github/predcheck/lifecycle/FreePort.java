package io.github.predcheck.lifecycle;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks a free loopback port for {@code {port}}. */
public final class FreePort {
  private FreePort() {}

  public static int pick() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
