package io.github.predcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.json.Json;
import io.github.predcheck.json.PathPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonComparatorTest {
  private static final String DENSENET =
      "{\"tiger_cat\":0.4693359136581421,\"tabby\":0.4633873701095581,"
          + "\"Egyptian_cat\":0.06456154584884644,\"lynx\":0.001282821292988956,\"plastic_bag\":0.00023323031200561672}";

  private static JsonRules rules(
      List<JsonRules.PathTolerance> tolerances, List<String> ignore, List<String> rank) {
    return new JsonRules(
        tolerances,
        Tolerance.DEFAULT,
        ignore.stream().map(PathPattern::parse).toList(),
        rank.stream().map(PathPattern::parse).toList());
  }

  private static List<ValueResult> diverged(JsonRules rules, String expected, String actual)
      throws Exception {
    return new JsonComparator(rules)
        .compare("kitten", Json.parse(expected), Json.parse(actual)).stream()
            .filter(v -> v.status() != Status.PASS)
            .toList();
  }

  @Test
  void identicalDocumentsPassEveryValue() throws Exception {
    List<ValueResult> all =
        new JsonComparator(rules(List.of(), List.of(), List.of("/")))
            .compare("kitten", Json.parse(DENSENET), Json.parse(DENSENET));
    assertThat(all).hasSize(6).allMatch(v -> v.status() == Status.PASS);
    assertThat(all)
        .extracting(ValueResult::output)
        .contains("/tiger_cat", "/plastic_bag", "/ (rank)");
  }

  @Test
  void aTop1FlipBetweenNearTiedClassesIsReportedEvenWithinTolerance() throws Exception {
    // TorchServe's own tolerance: 5 %, relative. Each score moves less than that, but the order
    // flips.
    String flipped =
        DENSENET.replace("0.4693359136581421", "0.4646").replace("0.4633873701095581", "0.4665");
    JsonRules fivePercent =
        rules(
            List.of(
                new JsonRules.PathTolerance(
                    PathPattern.parse("/*"), new Tolerance(0, 0.05, false))),
            List.of(),
            List.of("/"));
    List<ValueResult> bad = diverged(fivePercent, DENSENET, flipped);
    assertThat(bad)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.output()).isEqualTo("/ (rank)");
              assertThat(v.message()).isEqualTo("top-1 flip: tiger_cat -> tabby");
              assertThat(v.expected()).startsWith("tiger_cat > tabby");
              assertThat(v.actual()).startsWith("tabby > tiger_cat");
            });
    // Without the ranking check, the flip goes unseen: exactly what the check is for.
    assertThat(diverged(rules(fivePercent.tolerances(), List.of(), List.of()), DENSENET, flipped))
        .isEmpty();
  }

  @Test
  void keySetsAreComparedAndListed() throws Exception {
    List<ValueResult> bad =
        diverged(rules(List.of(), List.of(), List.of()), "{\"a\":1,\"b\":2}", "{\"a\":1,\"c\":2}");
    assertThat(bad)
        .extracting(ValueResult::message)
        .containsExactly("missing key 'b'", "unexpected key 'c'");
    assertThat(bad).extracting(ValueResult::output).containsExactly("/b", "/c");
  }

  @Test
  void arraysCheckTheirLengthFirstThenComparePositions() throws Exception {
    JsonRules r = rules(List.of(), List.of(), List.of());
    assertThat(diverged(r, "{\"predictions\":[1,2,3]}", "{\"predictions\":[1,2]}"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("array length 2, expected 3"));
    assertThat(
            diverged(
                r, "[{\"box\":[1,2,3,4],\"score\":0.9}]", "[{\"box\":[1,2,3,5],\"score\":0.9}]"))
        .extracting(ValueResult::output)
        .containsExactly("/0/box/3");
  }

  @Test
  void tolerancesByPathAndIgnoredPaths() throws Exception {
    JsonRules r =
        rules(
            List.of(
                new JsonRules.PathTolerance(
                    PathPattern.parse("/**/score"), new Tolerance(0.01, 0, false))),
            List.of("/request_id", "/**/timestamp"),
            List.of());
    String expected =
        "{\"request_id\":\"a\",\"meta\":{\"timestamp\":1},\"boxes\":[{\"score\":0.90,\"x\":10.0}]}";
    String actual =
        "{\"request_id\":\"b\",\"meta\":{\"timestamp\":2},\"boxes\":[{\"score\":0.905,\"x\":10.001}]}";
    assertThat(diverged(r, expected, actual))
        .extracting(ValueResult::output)
        .containsExactly("/boxes/0/x");
  }

  @Test
  void rulesThatNameAnIndexApplyToThatMemberAlone() throws Exception {
    // Without such a rule every member of an array is treated alike and the rules are asked once.
    JsonRules r =
        rules(
            List.of(
                new JsonRules.PathTolerance(
                    PathPattern.parse("/v/2"), new Tolerance(0.5, 0, false))),
            List.of("/v/0"),
            List.of());
    List<ValueResult> all =
        new JsonComparator(r)
            .compare("s", Json.parse("{\"v\":[1,1,1,1]}"), Json.parse("{\"v\":[9,1.2,1.2,1.2]}"));
    assertThat(all).extracting(ValueResult::output).containsExactly("/v/1", "/v/2", "/v/3");
    assertThat(all)
        .extracting(ValueResult::status)
        .containsExactly(Status.DIVERGED, Status.PASS, Status.DIVERGED);
  }

  @Test
  void typeChangesAndStringsAreExact() throws Exception {
    JsonRules r = rules(List.of(), List.of(), List.of());
    assertThat(diverged(r, "{\"label\":\"cat\"}", "{\"label\":\"dog\"}")).hasSize(1);
    assertThat(diverged(r, "{\"n\":1}", "{\"n\":\"1\"}"))
        .singleElement()
        .satisfies(
            v -> assertThat(v.message()).isEqualTo("expected a number, the API returned a string"));
    assertThat(diverged(r, "{\"o\":{}}", "{\"o\":[]}"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("expected an object"));
  }

  @Test
  void pathPatterns() {
    assertThat(PathPattern.parse("/*/score").matches(List.of("0", "score"))).isTrue();
    assertThat(PathPattern.parse("/*/score").matches(List.of("score"))).isFalse();
    assertThat(PathPattern.parse("/**/score").matches(List.of("score"))).isTrue();
    assertThat(PathPattern.parse("/**/score").matches(List.of("a", "b", "score"))).isTrue();
    assertThat(PathPattern.parse("/").matches(List.of())).isTrue();
    assertThat(PathPattern.parse("/a~1b").matches(List.of("a/b"))).isTrue();
  }

  private static String output(String name, double value) {
    return "{\"name\":\""
        + name
        + "\",\"datatype\":\"FP32\",\"shape\":[1],\"data\":["
        + value
        + "]}";
  }

  private static String v2(String... outputs) {
    return "{\"model_name\":\"drawing\",\"outputs\":[" + String.join(",", outputs) + "]}";
  }

  @Test
  void openInferenceV2OutputsAreComparedByNameNotPosition() throws Exception {
    JsonRules none = rules(List.of(), List.of(), List.of());
    String golden = v2(output("thickness", 8.38), output("width", 92.0));
    List<ValueResult> all =
        new JsonComparator(none)
            .compare(
                "a",
                Json.parse(golden),
                Json.parse(v2(output("width", 92.0), output("thickness", 8.38))));
    assertThat(all).allMatch(v -> v.status() == Status.PASS);
    assertThat(all)
        .extracting(ValueResult::output)
        .contains("/outputs/[name=thickness]/data/0", "/outputs/[name=width]/data/0");
    // A changed value is named by its output's name.
    assertThat(diverged(none, golden, v2(output("width", 92.0), output("thickness", 8.5))))
        .singleElement()
        .satisfies(v -> assertThat(v.output()).isEqualTo("/outputs/[name=thickness]/data/0"));
    // A path rule may name the output.
    JsonRules loose =
        rules(
            List.of(
                new JsonRules.PathTolerance(
                    PathPattern.parse("/outputs/[name=thickness]/data/*"),
                    new Tolerance(0, 0.05, false))),
            List.of(),
            List.of());
    assertThat(diverged(loose, golden, v2(output("width", 92.0), output("thickness", 8.5))))
        .isEmpty();
  }

  @Test
  void aMissingOrUnexpectedOutputIsNamed() throws Exception {
    List<ValueResult> bad =
        diverged(
            rules(List.of(), List.of(), List.of()),
            v2(output("thickness", 8.38), output("width", 92.0)),
            v2(output("height", 1.0), output("thickness", 8.38)));
    assertThat(bad)
        .extracting(ValueResult::output, ValueResult::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/outputs/[name=width]", "missing output 'width'"),
            org.assertj.core.groups.Tuple.tuple(
                "/outputs/[name=height]", "unexpected output 'height'"));
  }

  @Test
  void otherArraysKeepTheirOrder() throws Exception {
    JsonRules none = rules(List.of(), List.of(), List.of());
    // Not at /outputs: by position, as before.
    assertThat(
            diverged(
                none,
                "{\"results\":[{\"name\":\"a\",\"v\":1},{\"name\":\"b\",\"v\":2}]}",
                "{\"results\":[{\"name\":\"b\",\"v\":2},{\"name\":\"a\",\"v\":1}]}"))
        .isNotEmpty();
    // Two outputs of one name: no name tells them apart, so by position.
    assertThat(
            diverged(
                none,
                v2(output("t", 1.0), output("t", 2.0)),
                v2(output("t", 2.0), output("t", 1.0))))
        .extracting(ValueResult::output)
        .containsExactly("/outputs/0/data/0", "/outputs/1/data/0");
  }
}
