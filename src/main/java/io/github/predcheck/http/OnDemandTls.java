package io.github.predcheck.http;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The JDK's default TLS, set up on the first https connection. HttpClient sets it up when the pool
 * is built, and loading the JDK's trust store costs a plain-http check (a model server on
 * localhost, as on most CI runners) about a quarter of a second of CPU it never uses.
 */
final class OnDemandTls implements TlsSocketStrategy {
  private volatile TlsSocketStrategy tls;

  @Override
  public SSLSocket upgrade(
      Socket socket, String target, int port, Object attachment, HttpContext context)
      throws IOException {
    return strategy().upgrade(socket, target, port, attachment, context);
  }

  private TlsSocketStrategy strategy() {
    TlsSocketStrategy t = tls;
    if (t == null) {
      synchronized (this) {
        if (tls == null) {
          tls = DefaultClientTlsStrategy.createDefault();
        }
        t = tls;
      }
    }
    return t;
  }
}
