package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.golden.Recording;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordRunTest {
  @Test
  void manyFailedSamplesAreCountedWithTheFirstFewNamed() {
    Set<String> failed = new LinkedHashSet<>();
    for (int i = 3; i <= 300; i++) {
      failed.add("s" + i);
    }
    String message = RecordRun.notRecorded(new Recording(Map.of(), "", failed));
    assertThat(message)
        .isEqualTo(
            "298 samples not recorded because the API failed on them:"
                + " s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, … (288 more)");
  }
}
