package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyConditionTest {
  @Test
  void torchServePing() throws Exception {
    BodyCondition c = BodyCondition.parse("/status=Healthy");
    assertThat(c.test("{\n  \"status\": \"Healthy\"\n}\n")).isTrue();
    assertThat(c.test("{\"status\": \"Unhealthy\"}")).isFalse();
    assertThat(c.test("not json")).isFalse();
  }

  @Test
  void everyWorkerReady() throws Exception {
    BodyCondition c = BodyCondition.parse("/0/workers/*/status=READY");
    assertThat(c.test("[{\"workers\":[{\"status\":\"READY\"},{\"status\":\"READY\"}]}]")).isTrue();
    assertThat(c.test("[{\"workers\":[{\"status\":\"READY\"},{\"status\":\"LOADING\"}]}]"))
        .isFalse();
    assertThat(c.test("[{\"workers\":[]}]")).as("no worker is not ready").isFalse();
    assertThat(c.test("[{\"workers\":[{\"status\":\"READY\"},{\"id\":2}]}]"))
        .as("a worker without a status is not ready")
        .isFalse();
  }

  @Test
  void aModelPickedByName() throws Exception {
    BodyCondition c = BodyCondition.parse("/models/[name=drawing]/ready=true");
    assertThat(
            c.test(
                "{\"models\":[{\"name\":\"a\",\"ready\":false},{\"name\":\"drawing\",\"ready\":true}]}"))
        .isTrue();
    assertThat(c.test("{\"models\":[{\"name\":\"drawing\",\"ready\":false}]}")).isFalse();
    assertThat(c.test("{\"models\":[{\"name\":\"a\",\"ready\":true}]}")).isFalse();
  }

  @Test
  void badConditionsSayHowToWriteThem() {
    assertThatThrownBy(() -> BodyCondition.parse("Healthy"))
        .hasMessageContaining("/status=Healthy");
  }
}
