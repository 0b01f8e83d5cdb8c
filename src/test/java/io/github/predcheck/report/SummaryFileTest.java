package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.json.Json;
import io.github.predcheck.report.SummaryFile.Summary;
import io.github.predcheck.report.SummaryFile.Verdict;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict file read back as written, whatever the run did. */
class SummaryFileTest {
  @TempDir Path dir;

  @Test
  void aCheckReadsBackWithItsVerdictAndCounts() throws Exception {
    long before = System.currentTimeMillis();
    SummaryFile.write(dir, ReportFixtures.hostile(), true, false);
    Summary s = SummaryFile.read(dir);
    assertThat(s.execution()).isEqualTo("default");
    assertThat(s.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(s.writtenAt()).isBetween(before, System.currentTimeMillis());
    assertThat(s.detail()).startsWith("4 diverged, 3 errors, 1 new");
    SummaryFile.write(dir, ReportFixtures.hostile(), true, true);
    assertThat(SummaryFile.read(dir).verdict()).isEqualTo(Verdict.RECORDED);
  }

  @Test
  void saysHowManySamplesWereSentAtOnce() throws Exception {
    CheckResult r = ReportFixtures.hostile();
    SummaryFile.write(
        dir,
        new CheckResult(
            r.executionId(), r.golden(), r.sampleResults(), r.millis(), r.endpoint(), 4),
        true,
        false);
    assertThat(Json.parse(Files.readString(dir.resolve(SummaryFile.FILE_NAME))).get("concurrency"))
        .hasToString("4");
  }

  @Test
  void brokenAndSkippedRunsSayWhy() throws Exception {
    SummaryFile.writeBroken(dir, "m", "The API exited with code 3");
    assertThat(SummaryFile.read(dir))
        .extracting(Summary::verdict, Summary::detail)
        .containsExactly(Verdict.FAILED, "the run broke: The API exited with code 3");
    SummaryFile.writeSkipped(dir, "m", "property predcheck.skip is set");
    assertThat(SummaryFile.read(dir))
        .extracting(Summary::verdict, Summary::detail)
        .containsExactly(Verdict.SKIPPED, "property predcheck.skip is set");
  }

  @Test
  void noFileIsNoSummaryAndAForeignOneIsAnError() throws Exception {
    assertThat(SummaryFile.read(dir)).isNull();
    Files.writeString(dir.resolve(SummaryFile.FILE_NAME), "{\"verdict\": \"MAYBE\"}");
    assertThatThrownBy(() -> SummaryFile.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no verdict that predcheck wrote");
  }
}
