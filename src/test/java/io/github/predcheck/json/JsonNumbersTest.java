package io.github.predcheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Json reads numbers with a faster parser than the JDK's: it must read every one the same. */
class JsonNumbersTest {
  @Test
  void readsEveryNumberAsDoubleParseDoubleDoes() throws Exception {
    List<String> texts = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 30_000; i++) {
      double any = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(any) || Double.isInfinite(any)) {
        continue;
      }
      double float32 = (float) (random.nextDouble() * 2 - 1);
      texts.add(Double.toString(any));
      texts.add(Double.toString(float32));
      texts.add(String.format("%.17g", float32)); // numpy's %.17g: one digit more than needed
      texts.add(String.format("%.25e", any)); // beyond a double's precision: rounded, not cut
      texts.add(Long.toString(random.nextLong()) + "." + random.nextInt(1_000_000));
    }
    texts.addAll(
        List.of(
            "4.9e-324",
            "2.4703282292062327e-324", // half of the smallest subnormal: rounds to 0
            "2.4703282292062328e-324", // just over: rounds up to it
            "2.2250738585072011e-308", // the largest subnormal's neighbourhood
            "1.7976931348623157e308",
            "1.7976931348623159e308", // rounds to infinity
            "1e23",
            "9007199254740993", // 2^53 + 1: a tie, to even
            "0.1000000000000000055511151231257827021181583404541015625", // 0.1 exactly
            "1e-400",
            "1e400",
            "-0.0",
            "0.30000000000000004"));
    JsonNode array = Json.parse("[" + String.join(",", texts) + "]");
    assertThat(array.size()).isEqualTo(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      double expected = Double.parseDouble(texts.get(i));
      assertThat(Double.doubleToRawLongBits(array.get(i).doubleValue()))
          .as(texts.get(i))
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }
}
