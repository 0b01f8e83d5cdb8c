package io.github.predcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.config.OutputSpec;
import org.junit.jupiter.api.Test;

class JsonPointerTest {
  @Test
  void extractsByPointer() throws Exception {
    JsonNode r = Json.parse("{\"predictions\":[2, 3.5], \"a/b\": {\"m~n\": 7}, \"thickness\": 9.607873916625977}");
    assertThat(Json.at(r, "/thickness").doubleValue()).isEqualTo(9.607873916625977);
    assertThat(Json.at(r, "/predictions/1").doubleValue()).isEqualTo(3.5);
    assertThat(Json.at(r, "/a~1b/m~0n").intValue()).isEqualTo(7);
    assertThat(Json.at(r, "/nope").isMissingNode()).isTrue();
    assertThat(Json.at(r, "/predictions/9").isMissingNode()).isTrue();
  }

  @Test
  void emptyPointerIsTheWholeResponse() throws Exception {
    assertThat(Json.at(Json.parse("9.5"), "").doubleValue()).isEqualTo(9.5);
  }

  @Test
  void defaultPointerEscapesTheName() {
    assertThat(OutputSpec.defaultPointer("thickness")).isEqualTo("/thickness");
    assertThat(OutputSpec.defaultPointer("a/b~c")).isEqualTo("/a~1b~0c");
  }

  @Test
  void reportsBadPointers() {
    assertThat(Json.pointerProblem("thickness")).isNotNull();
    assertThat(Json.pointerProblem("/thickness")).isNull();
  }
}
