package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.predcheck.core.Log;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.http.RequestSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during record: the shutdown stops the API under the running check, the remaining samples
 * fail at once, and record must still write nothing.
 */
class RecordInterruptTest {
  private static final int SAMPLES = 100;
  private static final String OLD = "1.0";

  @TempDir Path dir;

  @Test
  void anInterruptedRecordWritesNoGolden() throws Exception {
    StringBuilder golden = new StringBuilder("id,pred,name\n");
    for (int i = 0; i < SAMPLES; i++) {
      Files.createDirectories(dir.resolve("samples"));
      Files.writeString(dir.resolve("samples/s" + i + ".txt"), "sample " + i);
      golden.append("s").append(i).append(',').append(OLD).append(",value\n");
    }
    Path file = dir.resolve("golden.csv");
    Files.writeString(file, golden);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    Path sending = dir.resolve("sending");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(sending) && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20);
    }
    assertThat(sending).as(Files.readString(dir.resolve("child.log"))).exists();
    Thread.sleep(500);
    new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(Files.readString(file)).as(log).isEqualTo(golden.toString());
    assertThat(log).doesNotContain("Recorded (all)");
  }

  /** A build JVM: an API answering 2.0 in 20 ms, stopped by a shutdown hook with a grace period. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/p",
          exchange -> {
            Files.writeString(dir.resolve("sending"), "yes");
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            byte[] body = "{\"value\": 2.0}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      // As CommandApi's hook does: the API goes down at once, the hook waits out a grace period.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.stop(0);
                    try {
                      Thread.sleep(3000);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/p";
      CheckConfig config =
          TestConfigs.of(dir, new RequestSpec(url, null, Map.of(), Duration.ofSeconds(5), 1));
      try {
        RecordRun.run(config, RecordMode.ALL, new StdoutLog());
      } catch (Exception e) {
        System.out.println("record failed: " + e.getMessage());
      }
    }
  }

  private static final class StdoutLog implements Log {
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
