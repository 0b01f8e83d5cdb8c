package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.json.Json;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value result survives the results file exactly: what a merge of shards needs. */
class ResultsFileTest {
  @TempDir Path dir;

  @Test
  void everyValueOfEverySampleReadsBackAsItWas() throws Exception {
    CheckResult hostile = ReportFixtures.hostile();
    List<SampleResult> samples = new ArrayList<>(hostile.sampleResults());
    // A retried sample, and a JSON response as the JSON goldens keep it (a lone surrogate too).
    JsonNode response =
        Json.parse("{\"tabby\": 0.408, \"note\": \"\\ud800 ok\", \"n\": [1, 2.5e-300]}");
    SampleResult first = samples.get(0);
    samples.set(0, new SampleResult(first.id(), true, first.values(), response, 3));
    CheckResult result =
        new CheckResult(hostile.executionId(), hostile.golden(), samples, 1234, "http://h/p");
    Path file = dir.resolve("results.jsonl");
    ResultsFile.write(file, result, new Shard(2, 3));

    ResultsFile.Contents back = ResultsFile.read(file);
    assertThat(back.header())
        .isEqualTo(
            new ResultsFile.Header(
                "default", new Shard(2, 3), samples.size(), 6, "g.csv", 1234, "http://h/p"));
    assertThat(back.entries()).extracting(ResultsFile.Entry::result).isEqualTo(samples);
    // The hostile id holds a NUL, which the fixture's golden file cannot: it has no position.
    assertThat(back.entries())
        .extracting(ResultsFile.Entry::position)
        .containsExactly(0, 1, 2, null, 4, 5, null);
    assertThat(ResultsFile.header(file)).isEqualTo(back.header());
    // One sample a line, readable as UTF-8 text by any JSON Lines tool.
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(samples.size() + 1);
    assertThat(lines.get(2))
        .startsWith("{\"id\":\"s2\",\"known\":true,\"position\":1,\"retries\":0,\"values\":[")
        .contains(
            "{\"output\":\"thickness\",\"status\":\"DIVERGED\",\"expected\":\"1.0\","
                + "\"actual\":\"1.5\",\"absError\":0.5,\"relError\":0.5,\"allowed\":1.0E-5,"
                + "\"message\":null}");
    assertThat(lines.get(6)).contains("\"relError\":\"Infinity\"").contains("\"allowed\":1.0E303");
    assertThat(lines.get(4)).contains("図面-4/").contains("\\ud800");
  }

  @Test
  void aFileCutShortOrOfAnotherKindIsRefusedNamingTheFileAndLine() throws Exception {
    Path file = dir.resolve("results.jsonl");
    ResultsFile.write(file, ReportFixtures.realistic(5), null);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, 3));
    assertThatThrownBy(() -> ResultsFile.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " holds 2 samples, but its first line says 6: it was cut short");
    Files.writeString(
        file, lines.get(0) + "\n{\"id\": \"x\", \"values\": [{\"status\": \"MAYBE\"}]}");
    assertThatThrownBy(() -> ResultsFile.read(file))
        .hasMessage(file + " line 2: no status: \"MAYBE\"");
    Files.writeString(file, "id,pred,name\n");
    assertThatThrownBy(() -> ResultsFile.read(file)).hasMessageStartingWith(file + " line 1: ");
    Files.writeString(file, lines.get(0).replace("\"format\":1", "\"format\":2") + "\n");
    assertThatThrownBy(() -> ResultsFile.read(file))
        .hasMessageContaining("is in results format 2, and this predcheck reads format 1");
  }

  @Test
  void namesCarryTheExecutionSafelyAndTheMergeLooksOnlyAtShardFiles() {
    assertThat(ResultsFile.fileName("a/b c")).isEqualTo("results-a_b_c.jsonl");
    assertThat(ResultsFile.isShardFileName("results-drawing-shard2of4.jsonl")).isTrue();
    assertThat(ResultsFile.isShardFileName("results-drawing.jsonl")).isFalse();
    assertThat(ResultsFile.isShardFileName("summary-shard2of4.json")).isFalse();
  }
}
