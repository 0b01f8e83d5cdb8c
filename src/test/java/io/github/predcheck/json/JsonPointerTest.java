package io.github.predcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {
  @Test
  void extractsByPointer() throws Exception {
    JsonNode r =
        Json.parse(
            "{\"predictions\":[2, 3.5], \"a/b\": {\"m~n\": 7}, \"thickness\": 9.607873916625977}");
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
    assertThat(Json.pointer(List.of("thickness"))).isEqualTo("/thickness");
    assertThat(Json.pointer(List.of("a/b~c"))).isEqualTo("/a~1b~0c");
    assertThat(Json.segments("/a~1b~0c/0")).containsExactly("a/b~c", "0");
  }

  @Test
  void reportsBadPointers() {
    assertThat(Json.pointerProblem("thickness")).isNotNull();
    assertThat(Json.pointerProblem("/thickness")).isNull();
  }
}
