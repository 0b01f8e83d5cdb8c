package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.RunException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.demo.DemoModelServer;
import io.github.predcheck.http.ApiClient;
import io.github.predcheck.http.RequestSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness against the real demo server: slow loading, a condition that never holds. */
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
}
