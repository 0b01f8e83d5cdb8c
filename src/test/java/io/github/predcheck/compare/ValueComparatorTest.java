package io.github.predcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.json.Json;
import org.junit.jupiter.api.Test;

class ValueComparatorTest {
  private static ValueResult compare(String expected, String json) throws Exception {
    JsonNode node = Json.parse(json);
    return ValueComparator.compare("s", "o", expected, node, Tolerance.DEFAULT);
  }

  @Test
  void aNullAnswerIsAnErrorWhateverTheGoldenSays() throws Exception {
    for (String golden : new String[] {"1.5", "", "null"}) {
      ValueResult r = compare(golden, "null");
      assertThat(r.status()).as(golden).isEqualTo(Status.ERROR);
      assertThat(r.actual()).isNull();
      assertThat(r.message()).isEqualTo("output 'o' is null in the response");
    }
  }

  @Test
  void numbersPassWithinToleranceAndReportErrors() throws Exception {
    ValueResult r = compare("9.607873916625977", "9.60787391662598");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.absError()).isGreaterThan(0).isLessThan(1e-13);
    ValueResult d = compare("9.607873916625977", "9.7");
    assertThat(d.status()).isEqualTo(Status.DIVERGED);
    assertThat(d.absError())
        .isCloseTo(0.092126083374023, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.relError())
        .isCloseTo(
            0.092126083374023 / 9.607873916625977, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.allowed()).isEqualTo(1e-8 + 1e-5 * 9.607873916625977);
    assertThat(d.actual()).isEqualTo("9.7");
  }

  @Test
  void zeroExpectedHasInfiniteRelativeError() throws Exception {
    ValueResult r = compare("0", "0.5");
    assertThat(r.status()).isEqualTo(Status.DIVERGED);
    assertThat(r.relError()).isInfinite();
  }

  @Test
  void pythonNanAndInfinityInResponses() throws Exception {
    assertThat(compare("nan", "NaN").status()).isEqualTo(Status.DIVERGED);
    assertThat(
            ValueComparator.compare(
                    "s", "o", "nan", Json.parse("NaN"), Tolerance.DEFAULT.withNanEqual(true))
                .status())
        .isEqualTo(Status.PASS);
    assertThat(compare("inf", "Infinity").status()).isEqualTo(Status.PASS);
    assertThat(compare("-inf", "Infinity").status()).isEqualTo(Status.DIVERGED);
  }

  @Test
  void stringsAndBooleansCompareExactly() throws Exception {
    assertThat(compare("steel", "\"steel\"").status()).isEqualTo(Status.PASS);
    assertThat(compare("steel", "\"Steel\"").status()).isEqualTo(Status.DIVERGED);
    assertThat(compare("True", "true").status()).isEqualTo(Status.PASS);
    assertThat(compare("false", "true").status()).isEqualTo(Status.DIVERGED);
    assertThat(compare("1", "\"1.0\"").status()).isEqualTo(Status.DIVERGED);
  }

  @Test
  void aNumberWhereTextWasExpectedDiverges() throws Exception {
    ValueResult r = compare("steel", "3");
    assertThat(r.status()).isEqualTo(Status.DIVERGED);
    assertThat(r.message()).contains("returned a number");
  }

  @Test
  void missingOrStructuredOutputsAreErrorsNotPasses() throws Exception {
    JsonNode response = Json.parse("{\"thickness\": 1.5, \"box\": [1, 2]}");
    ValueResult missing =
        ValueComparator.compare(
            "s", "width", "1.5", Json.at(response, "/width"), Tolerance.DEFAULT);
    assertThat(missing.status()).isEqualTo(Status.ERROR);
    assertThat(missing.message()).contains("missing");
    ValueResult array =
        ValueComparator.compare("s", "box", "1", Json.at(response, "/box"), Tolerance.DEFAULT);
    assertThat(array.status()).isEqualTo(Status.ERROR);
  }
}
