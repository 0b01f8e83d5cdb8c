package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.golden.GoldenFile;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.csv.GoldenCsvReader;
import io.github.predcheck.json.Json;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards' results merge into exactly what one job writes; an incomplete set is refused. */
class ShardMergeTest {
  @TempDir Path dir;
  CheckResult whole;
  Path collected;

  @BeforeEach
  void shards() throws Exception {
    whole = ReportFixtures.realistic(60);
    collected = dir.resolve("collected");
    for (int i = 1; i <= 3; i++) {
      writeShard(collected, new Shard(i, 3));
    }
  }

  /** What the check of one shard writes: its samples, in the whole run's order. */
  private Path writeShard(Path root, Shard shard) throws Exception {
    return writeShard(root, shard, shard);
  }

  private Path writeShard(Path root, Shard samplesOf, Shard labelled) throws Exception {
    List<SampleResult> mine =
        whole.sampleResults().stream().filter(r -> samplesOf.holds(r.id())).toList();
    CheckResult part = new CheckResult(whole.executionId(), whole.golden(), mine, whole.millis());
    Path folder = root.resolve(whole.executionId()).resolve(labelled.folderName());
    Reports.write(part, folder, labelled, true, 20, false, Log.SILENT);
    return folder;
  }

  private CheckResult merge(Path folder) throws Exception {
    return ShardMerge.merge(folder, whole.executionId(), whole.golden(), Log.SILENT);
  }

  @Test
  void theMergedReportsAreThoseOfOneJob() throws Exception {
    CheckResult merged = merge(collected);
    assertThat(merged.sampleResults()).isEqualTo(whole.sampleResults());
    assertThat(merged.millis()).isEqualTo(whole.millis());

    Path one = dir.resolve("one");
    Path fromShards = dir.resolve("merged");
    Reports.write(whole, one, true, 20, false, Log.SILENT);
    Reports.write(merged, fromShards, true, 20, false, Log.SILENT);
    for (String name :
        List.of(
            "obtained.csv",
            "report.html",
            "TEST-predcheck-drawings-v2.xml",
            "results-drawings-v2.jsonl")) {
      assertThat(fromShards.resolve(name)).as(name).hasSameBinaryContentAs(one.resolve(name));
    }
    ObjectNode a = (ObjectNode) Json.parse(Files.readString(one.resolve("summary.json")));
    ObjectNode b = (ObjectNode) Json.parse(Files.readString(fromShards.resolve("summary.json")));
    a.remove("writtenAt");
    b.remove("writtenAt");
    assertThat(b).isEqualTo(a);
    assertThat(b.path("shard").isNull()).isTrue();
    assertThat(b.path("diverged").asInt()).isPositive();
  }

  @Test
  void eachShardsFilesCarryItsNameSoOneFlatFolderLosesNothing() throws Exception {
    Path shard2 = collected.resolve("drawings-v2/shard-2of3");
    try (Stream<Path> files = Files.list(shard2)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "obtained-shard2of3.csv",
              "summary-shard2of3.json",
              "report-shard2of3.html",
              "TEST-predcheck-drawings-v2-shard2of3.xml",
              "results-drawings-v2-shard2of3.jsonl");
    }
    assertThat(
            Json.parse(Files.readString(shard2.resolve("summary-shard2of3.json")))
                .path("shard")
                .asText())
        .isEqualTo("2/3");
    // As upload-artifact does with one shard folder per artifact: every file at the top.
    Path flat = dir.resolve("flat");
    Files.createDirectories(flat);
    int copied = 0;
    for (int i = 1; i <= 3; i++) {
      try (Stream<Path> files = Files.list(collected.resolve("drawings-v2/shard-" + i + "of3"))) {
        for (Path f : files.toList()) {
          Files.copy(f, flat.resolve(f.getFileName()));
          copied++;
        }
      }
    }
    try (Stream<Path> files = Files.list(flat)) {
      assertThat(files.count()).isEqualTo(copied).isEqualTo(15);
    }
    assertThat(merge(flat).sampleResults()).isEqualTo(whole.sampleResults());
  }

  @Test
  void aMissingShardIsNamedWithTheCommandThatRunsIt() throws Exception {
    deleteTree(collected.resolve("drawings-v2/shard-2of3"));
    assertThatThrownBy(() -> merge(collected))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "Shard 2/3 of [drawings-v2] is missing from "
                + collected
                + ", which holds [1/3, 3/3]. Collect the missing jobs' results there, or run them"
                + " again, e.g. with "
                + Setting.SHARD.is("2/3")
                + ": a merge without them would pass samples nobody checked.");
  }

  @Test
  void aShardThereTwiceIsRefused() throws Exception {
    writeShard(dir.resolve("collected/again"), new Shard(2, 3));
    assertThatThrownBy(() -> merge(collected))
        .hasMessageStartingWith("Shard 2/3 of [drawings-v2] is there more than once: ")
        .hasMessageContaining("again/drawings-v2/shard-2of3/results-drawings-v2-shard2of3.jsonl")
        .hasMessageEndingWith("Keep one of them (a job that ran twice leaves two).");
  }

  @Test
  void shardsOfDifferentSplitsAreRefused() throws Exception {
    writeShard(collected, new Shard(4, 4));
    assertThatThrownBy(() -> merge(collected))
        .hasMessageContaining("come from runs split into different numbers of shards: into 3: ")
        .hasMessageContaining("; into 4: " + collected.resolve("drawings-v2/shard-4of4"));
  }

  @Test
  void noResultsOfThisExecutionSaysWhoseThereAre() throws Exception {
    assertThatThrownBy(() -> ShardMerge.merge(collected, "thickness", whole.golden(), Log.SILENT))
        .hasMessageStartingWith(
            "No shard results of [thickness] in "
                + collected
                + " ("
                + Setting.SHARD_RESULTS
                + "); it holds those of [drawings-v2].")
        .hasMessageEndingWith("writes thickness/shard-2of4/results-thickness-shard2of4.jsonl.");
    assertThatThrownBy(() -> merge(dir.resolve("nowhere")))
        .hasMessageContaining(
            Setting.SHARD_RESULTS + " " + dir.resolve("nowhere") + " is no folder");
  }

  @Test
  void resultsOfOtherGoldensAreRefused() throws Exception {
    CheckResult other = ReportFixtures.realistic(61);
    assertThatThrownBy(() -> ShardMerge.merge(collected, "drawings-v2", other.golden(), Log.SILENT))
        .hasMessageContaining("was not made with the goldens in g.csv: it was checked against 60")
        .hasMessageEndingWith("The goldens changed since the shards ran: run them again.");
  }

  @Test
  void goldensReorderedSinceTheShardsRanAreRefused() throws Exception {
    List<String> ids = new ArrayList<>(whole.golden().sampleIds());
    Collections.reverse(ids);
    StringBuilder csv = new StringBuilder("id,pred,name\n");
    ids.forEach(id -> csv.append(id).append(",1,thickness\n"));
    GoldenFile<?> reordered =
        CsvGoldens.of(
            GoldenCsvReader.parse(Path.of("g.csv"), csv.toString(), Columns.DEFAULT),
            Columns.DEFAULT,
            List.of(),
            Tolerance.DEFAULT);
    assertThatThrownBy(() -> ShardMerge.merge(collected, "drawings-v2", reordered, Log.SILENT))
        .hasMessageContaining("was at position ")
        .hasMessageContaining(" of the golden samples, where they hold '")
        .hasMessageEndingWith("The goldens changed since the shards ran: run them again.");
  }

  @Test
  void aFileOfAnotherShardUnderTheWrongNameIsRefused() throws Exception {
    deleteTree(collected.resolve("drawings-v2/shard-2of3"));
    writeShard(collected, new Shard(1, 3), new Shard(2, 3));
    assertThatThrownBy(() -> merge(collected))
        .hasMessageContaining("which belongs to shard 1/3, not 2/3");
  }

  private static void deleteTree(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
