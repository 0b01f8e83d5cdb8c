package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.Setting;
import io.github.predcheck.http.LoopbackServer;
import io.github.predcheck.http.RequestSpec;
import io.github.predcheck.samples.SampleFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer over maxResponseBytes is that sample's error, said once as a warning naming the
 * setting; it is neither retried nor counted as the API failing to answer.
 */
class TooLargeAnswerTest {
  @TempDir Path dir;

  @Test
  void eachOversizedAnswerIsOneErrorAndTheRestAreChecked() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // Even samples are two bytes long, odd ones one.
      Files.write(dir.resolve("samples").resolve("s" + i + ".png"), new byte[2 - i % 2]);
      ids.add("s" + i);
    }
    List<String> warnings = new CopyOnWriteArrayList<>();
    Log log = TestLogs.warningsInto(warnings);
    try (LoopbackServer server =
        new LoopbackServer()
            .on(
                "/p",
                e -> {
                  boolean even = "2".equals(e.getRequestHeaders().getFirst("Content-Length"));
                  // Even samples get a 2 KB answer, odd ones a small one.
                  LoopbackServer.send(e, 200, even ? "[" + "0,".repeat(1000) + "0]" : "[1]");
                })) {
      RequestSpec request =
          new RequestSpec(server.url() + "/p", null, Map.of(), Duration.ofSeconds(5), 2)
              .withMaxConsecutiveFailures(2)
              .withMaxResponseBytes(1024);
      List<Answer> answers =
          SampleBatch.run(
              TestConfigs.of(dir, request),
              SampleFolder.open(dir.resolve("samples")),
              ids,
              "samples",
              log,
              SampleClient::ask,
              a -> a.error() != null);
      for (int i = 0; i < 8; i++) {
        if (i % 2 == 0) {
          assertThat(answers.get(i).error())
              .isEqualTo(
                  "the response is larger than 1 KB, the most read of one answer (maximum"
                      + " response size); it was not read");
        } else {
          assertThat(answers.get(i).json()).hasToString("[1]");
        }
        assertThat(answers.get(i).retries()).isZero();
      }
      // Four oversized answers in a row would have stopped the run at 2 failures if they counted.
      assertThat(server.received()).hasSize(8);
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0)).contains(Setting.MAX_RESPONSE_BYTES.toString());
    }
  }
}
