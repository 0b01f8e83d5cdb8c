package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS is set up on the first https connection, not when the client is built, and is then the JDK's
 * own with its trust store: a server whose certificate the JDK does not trust is refused.
 */
class OnDemandTlsTest {
  @TempDir Path dir;

  @Test
  void anHttpsUrlIsSpokenTlsWithTheJdksTrustStore() throws Exception {
    char[] pass = "changeit".toCharArray();
    Path keys = dir.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-dname",
                "CN=127.0.0.1",
                "-validity",
                "1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keys.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keys.toFile())) {
      store.load(in, pass);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, pass);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    AtomicInteger answered = new AtomicInteger();
    server.createContext(
        "/ping",
        e -> {
          answered.incrementAndGet();
          e.sendResponseHeaders(200, -1);
          e.close();
        });
    server.start();
    try (ApiClient client =
        new ApiClient(
            new RequestSpec("http://unused", null, Map.of(), Duration.ofSeconds(10), 1))) {
      URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/ping");
      assertThatThrownBy(() -> client.get(url, Duration.ofSeconds(10)))
          .isInstanceOf(SSLHandshakeException.class);
      assertThat(answered).hasValue(0);
    } finally {
      server.stop(0);
    }
  }
}
