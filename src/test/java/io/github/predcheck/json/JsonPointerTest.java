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

  private static final String V2 =
      "{\"model_name\":\"drawing\",\"outputs\":["
          + "{\"name\":\"width\",\"datatype\":\"FP32\",\"shape\":[1],\"data\":[92.0]},"
          + "{\"name\":\"thickness\",\"datatype\":\"FP32\",\"shape\":[1],\"data\":[8.38]}]}";

  @Test
  void aSegmentSelectsTheArrayElementWhoseMemberHasTheValue() throws Exception {
    JsonNode r = Json.parse(V2);
    assertThat(Json.at(r, "/outputs/[name=thickness]/data/0").doubleValue()).isEqualTo(8.38);
    assertThat(Json.at(r, "/outputs/[name=width]/data/0").doubleValue()).isEqualTo(92.0);
    assertThat(Json.at(r, "/outputs/[datatype=FP32]").isMissingNode()).isTrue();
    // numbers and booleans match by their JSON text
    assertThat(Json.at(Json.parse("[{\"id\":3,\"v\":\"x\"}]"), "/[id=3]/v").asText())
        .isEqualTo("x");
  }

  @Test
  void onAnObjectTheSegmentIsAMemberNameAsRfc6901Says() throws Exception {
    JsonNode r = Json.parse("{\"[a=b]\": {\"x/y\": [{\"k\": \"v/w\", \"n\": 1}]}}");
    assertThat(Json.at(r, "/[a=b]/x~1y/[k=v~1w]/n").intValue()).isEqualTo(1);
  }

  @Test
  void noMatchOrSeveralMatchesSayWhy() throws Exception {
    JsonNode r = Json.parse(V2);
    Json.Found none = Json.find(r, "/outputs/[name=height]/data/0");
    assertThat(none.node().isMissingNode()).isTrue();
    assertThat(none.problem())
        .isEqualTo("no element of /outputs has name = 'height' (there: width, thickness)");
    Json.Found two = Json.find(r, "/outputs/[datatype=FP32]/data/0");
    assertThat(two.problem())
        .isEqualTo(
            "2 elements of /outputs have datatype = 'FP32',"
                + " so /outputs/[datatype=FP32]/data/0 selects no single one");
    assertThat(Json.find(r, "/outputs/[name=width]/data/0").problem()).isNull();
  }

  @Test
  void pathPatternsSelectByMemberToo() throws Exception {
    assertThat(PathPattern.parse("/outputs/[name=width]/data/*").select(Json.parse(V2)))
        .singleElement()
        .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(92.0));
  }
}
