package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.RequestSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Readiness against the real demo server (slow loading, a condition that never holds) and against a
 * loopback port where nothing listens, or nothing yet.
 */
class ReadinessWaitTest {
  private static Readiness poll(String url, String condition, Duration timeout) throws Exception {
    BodyCondition c = condition == null ? null : BodyCondition.parse(condition);
    return new Readiness(List.of(new Probe(url, c)), timeout, Duration.ofMillis(100));
  }

  private static ApiClient client() {
    return new ApiClient(
        new RequestSpec("http://unused", null, Map.of(), Duration.ofSeconds(5), 1));
  }

  @Test
  void waitsUntilTheModelsAreReady() throws Exception {
    var options = DemoModelServer.Options.defaults().withStartupDelay(Duration.ofMillis(1500));
    try (DemoModelServer server = DemoModelServer.start(0, options);
        ApiClient client = client()) {
      long start = System.nanoTime();
      ReadinessWait.await(
          poll(
              server.url() + "/models/drawing",
              "/0/workers/*/status=READY",
              Duration.ofSeconds(20)),
          client,
          RunningApi.NONE,
          Log.SILENT);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
      assertThat(server.isReady()).isTrue();
    }
  }

  @Test
  void aConditionThatNeverHoldsIsNamedWithTheLastAnswer() throws Exception {
    try (DemoModelServer server = DemoModelServer.start(0);
        ApiClient client = client()) {
      assertThatThrownBy(
              () ->
                  ReadinessWait.await(
                      poll(server.url() + "/ping", "/status=Healty", Duration.ofSeconds(1)),
                      client,
                      RunningApi.NONE,
                      Log.SILENT))
          .isInstanceOf(RunException.class)
          .hasMessageContaining("it last answered: HTTP 200")
          .hasMessageContaining("\"Healthy\"")
          .hasMessageContaining("does not meet /status=Healty")
          .hasMessageContaining(Setting.HEALTH_CONDITION.toString());
    }
  }

  @Test
  void inUrlModeNothingListeningFailsFastAndSaysSo() throws Exception {
    int port = FreePort.pick();
    try (ApiClient client = client()) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  ReadinessWait.await(
                      poll("http://127.0.0.1:" + port + "/ping", null, Duration.ofSeconds(60)),
                      client,
                      RunningApi.NONE,
                      Log.SILENT))
          .isInstanceOf(RunException.class)
          .hasMessageStartingWith("Nothing listens at 127.0.0.1:" + port + ": start the API")
          .hasMessageContaining(
              "let predcheck start it with " + Setting.COMMAND + " or " + Setting.COMPOSE)
          .hasMessageContaining("Connection refused")
          .hasMessageContaining("set " + Setting.HEALTH_TIMEOUT + " above 60 s");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(ReadinessWait.REFUSED_LIMIT)
          .isLessThan(ReadinessWait.REFUSED_LIMIT.plusSeconds(5));
    }
  }

  @Test
  void aTimeoutLongerThanTheDefaultWaitsForAPortOpenedLater() throws Exception {
    int port = FreePort.pick();
    Duration opensAfter = ReadinessWait.REFUSED_LIMIT.plusSeconds(1);
    try (ApiClient client = client();
        Listener later = new Listener(port, opensAfter)) {
      ReadinessWait.await(
          poll("http://127.0.0.1:" + port + "/ping", null, Duration.ofSeconds(61)),
          client,
          RunningApi.NONE,
          Log.SILENT);
      assertThat(later.opened()).isTrue();
    }
  }

  @Test
  void anApiPredcheckStartedIsWaitedForWhileItRefuses() throws Exception {
    int port = FreePort.pick();
    RunningApi starting =
        new RunningApi() {
          @Override
          public Optional<String> exited() {
            return Optional.empty();
          }

          @Override
          public List<String> logTail(int lines) {
            return List.of();
          }

          @Override
          public void close() {}
        };
    try (ApiClient client = client();
        Listener later = new Listener(port, ReadinessWait.REFUSED_LIMIT.plusSeconds(1))) {
      ReadinessWait.await(
          poll("http://127.0.0.1:" + port + "/ping", null, Duration.ofSeconds(20)),
          client,
          starting,
          Log.SILENT);
      assertThat(later.opened()).isTrue();
    }
  }

  /** A loopback server that starts listening after a delay, answering 200 on every path. */
  private static final class Listener implements AutoCloseable {
    private final CompletableFuture<HttpServer> server;

    Listener(int port, Duration delay) {
      server =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  HttpServer s =
                      HttpServer.create(
                          new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
                  s.createContext(
                      "/",
                      exchange -> {
                        exchange.sendResponseHeaders(200, -1);
                        exchange.close();
                      });
                  s.start();
                  return s;
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              },
              CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    boolean opened() {
      return server.isDone() && !server.isCompletedExceptionally();
    }

    @Override
    public void close() throws Exception {
      server.get(30, TimeUnit.SECONDS).stop(0);
    }
  }
}
