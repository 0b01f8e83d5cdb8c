package io.github.predcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.json.Json;
import io.github.predcheck.json.PathPattern;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JSON document's numbers are held as columns and their ValueResults made when read: the same
 * results as made at once, a fraction of the memory.
 */
class ValueColumnsTest {
  private static final JsonRules RULES =
      new JsonRules(
          List.of(
              new JsonRules.PathTolerance(
                  PathPattern.parse("/**/score"), new Tolerance(0.01, 0, false))),
          Tolerance.DEFAULT,
          List.of(PathPattern.parse("/meta")),
          List.of());

  private static List<ValueResult> compare(String expected, String actual) throws Exception {
    return new JsonComparator(RULES).compare("s1", Json.parse(expected), Json.parse(actual));
  }

  @Test
  void resultsMadeWhenReadAreThoseMadeAtOnce() throws Exception {
    List<ValueResult> values =
        compare(
            "{\"a~b\":1,\"c/d\":[0.5,2e-7,9007199254740993,NaN],\"boxes\":[{\"score\":0.9}],"
                + "\"label\":\"cat\",\"meta\":{\"t\":1}}",
            "{\"a~b\":1.5,\"c/d\":[0.5,3e-7,9007199254740993,NaN],\"boxes\":[{\"score\":0.905}],"
                + "\"label\":\"cat\",\"meta\":{\"t\":2}}");
    Tolerance common = Tolerance.DEFAULT;
    assertThat(values)
        .containsExactly(
            ValueComparator.numeric("s1", "/a~0b", "1", 1.5, 1, common),
            ValueComparator.numeric("s1", "/c~1d/0", "0.5", 0.5, 0.5, common),
            ValueComparator.numeric("s1", "/c~1d/1", "2e-07", 3e-7, 2e-7, common),
            // Beyond 2^53 a double cannot give the golden text back: kept whole.
            ValueComparator.numeric(
                "s1",
                "/c~1d/2",
                "9007199254740993",
                9007199254740992.0,
                9007199254740992.0,
                common),
            ValueComparator.numeric("s1", "/c~1d/3", "nan", Double.NaN, Double.NaN, common),
            ValueComparator.numeric(
                "s1", "/boxes/0/score", "0.9", 0.905, 0.9, new Tolerance(0.01, 0, false)),
            new ValueResult(
                "s1",
                "/label",
                "cat",
                "cat",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Status.PASS,
                null));
    assertThat(values.get(0).status()).isEqualTo(Status.DIVERGED);
    assertThat(values.get(2).toString())
        .isEqualTo(ValueComparator.numeric("s1", "/c~1d/1", "2e-07", 3e-7, 2e-7, common).toString())
        .contains("output=/c~1d/1", "expected=2e-07", "actual=3e-07");
    assertThat(values.get(1)).isEqualTo(values.get(1)).hasSameHashCodeAs(values.get(1));
  }

  @Test
  void statusesAreCountedWithoutMakingResults() throws Exception {
    SampleResult r =
        new SampleResult(
            "s1", true, compare("[1.0,2.0,3.0,{\"x\":1}]", "[1.0,2.5,3.0,{\"y\":1}]"), null);
    assertThat(r.count(Status.PASS)).isEqualTo(2);
    assertThat(r.count(Status.DIVERGED)).isEqualTo(3); // 2.5, missing x, unexpected y
    assertThat(r.any(Status.ERROR)).isFalse();
    assertThat(r.failed()).isFalse();
    assertThat(
            new SampleResult(
                    "s2", true, List.of(ValueResult.error("s2", "/", null, "HTTP 500")), null)
                .failed())
        .isTrue();
  }

  /**
   * The memory a million numbers need is what the 256 MB target hangs on: measured here as the
   * bytes the comparing thread allocates, which a ValueResult with its texts per value (some 250
   * bytes) or a path string per array index would multiply.
   */
  @Test
  void aNumberCostsTensOfBytesUntilItsTextsAreRead() throws Exception {
    assumeThat(ManagementFactory.getThreadMXBean())
        .isInstanceOf(com.sun.management.ThreadMXBean.class);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    int n = 200_000;
    StringBuilder e = new StringBuilder("{\"embedding\":[");
    StringBuilder a = new StringBuilder("{\"embedding\":[");
    for (int i = 0; i < n; i++) {
      e.append(i == 0 ? "" : ",").append((float) Math.sin(i));
      a.append(i == 0 ? "" : ",").append((float) Math.sin(i) + (i % 100 == 0 ? 1 : 0));
    }
    JsonNode expected = Json.parse(e.append("]}").toString());
    JsonNode actual = Json.parse(a.append("]}").toString());
    JsonComparator comparator = new JsonComparator(RULES);
    comparator.compare("warm", expected, actual);
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    SampleResult r = new SampleResult("s1", true, comparator.compare("s1", expected, actual), null);
    long compared = threads.getThreadAllocatedBytes(id);
    double errors = 0;
    for (ValueResult v : r.values()) {
      errors += v.status() == Status.DIVERGED ? v.absError() : 0;
    }
    long read = threads.getThreadAllocatedBytes(id);
    assertThat(r.count(Status.DIVERGED)).isEqualTo(n / 100);
    assertThat(errors).isGreaterThan(n / 100 * 0.99);
    assertThat((compared - before) / n).as("bytes per value compared").isLessThan(40);
    assertThat((read - compared) / n).as("bytes per value read, texts unread").isLessThan(100);
    assertThat(r.values().get(100).actual()).isEqualTo(textOf(actual.at("/embedding/100")));
  }

  private static String textOf(JsonNode n) {
    return io.github.predcheck.core.Doubles.shortest(n.doubleValue());
  }
}
