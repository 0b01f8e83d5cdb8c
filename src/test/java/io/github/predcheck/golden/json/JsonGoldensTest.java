package io.github.predcheck.golden.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.JsonRules;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.golden.Recording;
import io.github.predcheck.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What record writes into JSON goldens: a file per sample, or the mapping file rewritten. */
class JsonGoldensTest {
  @TempDir Path dir;

  private static final JsonRules RULES =
      new JsonRules(List.of(), Tolerance.DEFAULT, List.of(), List.of());

  private static JsonNode json(String text) throws Exception {
    return Json.parse(text);
  }

  /** Checks the responses against the goldens with the JSON form, as the check loop does. */
  private static List<SampleResult> check(JsonGoldens goldens, String... idAndResponse)
      throws Exception {
    List<SampleResult> out = new java.util.ArrayList<>();
    for (int i = 0; i < idAndResponse.length; i += 2) {
      String id = idAndResponse[i];
      String response = idAndResponse[i + 1];
      out.add(
          response == null
              ? goldens.form().failed(id, goldens.expected(id), "HTTP 500")
              : goldens.form().compare(id, goldens.expected(id), json(response)));
    }
    return out;
  }

  @Test
  void folderFormWritesOneFilePerChosenSample() throws Exception {
    Files.createDirectories(dir.resolve("g"));
    Files.writeString(dir.resolve("g/a.json"), "{\"p\": 1.0}");
    Files.writeString(dir.resolve("g/b.json"), "{\"p\": 2.0}");
    JsonGoldens goldens = JsonGoldens.read(new JsonGoldenSpec(dir.resolve("g"), RULES));
    List<SampleResult> results =
        check(goldens, "a", "{\"p\": 1.0}", "b", "{\"p\": 2.5}", "c", null, "d", "{\"p\": 4.0}");

    Recording missing = goldens.record(results, RecordMode.MISSING);
    assertThat(missing.files()).containsOnlyKeys(dir.resolve("g/d.json"));
    assertThat(missing.notRecorded()).containsExactly("c");
    Recording failing = goldens.record(results, RecordMode.FAILING);
    assertThat(failing.files()).containsOnlyKeys(dir.resolve("g/b.json"));
    assertThat(json(failing.files().get(dir.resolve("g/b.json"))).path("p").doubleValue())
        .isEqualTo(2.5);
    Recording all = goldens.record(results, RecordMode.ALL);
    assertThat(all.files())
        .containsOnlyKeys(
            dir.resolve("g/a.json"), dir.resolve("g/b.json"), dir.resolve("g/d.json"));
    assertThat(all.changes()).isEqualTo("2 samples rewritten, 1 new sample added");
  }

  @Test
  void mappingFormRewritesTheWholeFileKeepingOtherSamples() throws Exception {
    Path file = dir.resolve("golden.json");
    Files.writeString(file, "{\"a\": {\"p\": 1.0}, \"b\": {\"p\": 2.0}}");
    JsonGoldens goldens = JsonGoldens.read(new JsonGoldenSpec(file, RULES));
    Recording r =
        goldens.record(check(goldens, "a", "{\"p\": 1.5}", "b", null, "c", "[3]"), RecordMode.ALL);
    assertThat(json(r.files().get(file)))
        .isEqualTo(json("{\"a\": {\"p\": 1.5}, \"b\": {\"p\": 2.0}, \"c\": [3]}"));
    assertThat(r.notRecorded()).containsExactly("b");
  }

  @Test
  void goldensThatDoNotExistYetTakeTheirFormFromTheName() throws Exception {
    JsonGoldens folder = JsonGoldens.empty(new JsonGoldenSpec(dir.resolve("goldens"), RULES));
    assertThat(folder.record(check(folder, "x", "1"), RecordMode.MISSING).files())
        .containsOnlyKeys(dir.resolve("goldens/x.json"));
    JsonGoldens mapping = JsonGoldens.empty(new JsonGoldenSpec(dir.resolve("g.json"), RULES));
    assertThat(mapping.record(check(mapping, "x", "1"), RecordMode.MISSING).files())
        .containsOnlyKeys(dir.resolve("g.json"));
  }
}
