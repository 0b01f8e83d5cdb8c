package io.github.predcheck.golden.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.golden.RecordMode;
import io.github.predcheck.golden.Recording;
import io.github.predcheck.json.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What record writes into a golden CSV, by mode, for passing, diverged, failed and new samples. */
class CsvGoldensTest {
  private static final Path FILE = Path.of("golden.csv");
  private static final String GOLDEN = "id,pred,name\na,1.0,t\na,2.0,w\nb,3.0,t\nc,4.0,t\n";

  private final CsvGoldens golden = read();

  private static CsvGoldens read() {
    try {
      return CsvGoldens.of(
          GoldenCsvReader.parse(FILE, GOLDEN, Columns.DEFAULT),
          Columns.DEFAULT,
          List.of(),
          Tolerance.DEFAULT);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ValueResult value(
      String id, String output, String expected, String actual, Status status) {
    return new ValueResult(
        id, output, expected, actual, Double.NaN, Double.NaN, Double.NaN, status, null);
  }

  /** a passes with one value moved in its last digit, b diverged, c failed, d is new. */
  private static List<SampleResult> results() {
    return List.of(
        new SampleResult(
            "a",
            true,
            List.of(
                value("a", "t", "1.0", "1.0", Status.PASS),
                value("a", "w", "2.0", "2.0000001", Status.PASS)),
            null),
        new SampleResult("b", true, List.of(value("b", "t", "3.0", "3.5", Status.DIVERGED)), null),
        new SampleResult("c", true, List.of(ValueResult.error("c", "t", "4.0", "HTTP 500")), null),
        new SampleResult("d", false, List.of(value("d", "t", null, "5.5", Status.NEW)), null),
        new SampleResult("e", false, List.of(ValueResult.error("e", "*", null, "HTTP 500")), null));
  }

  private String written(Recording r) {
    return r.files().get(FILE);
  }

  @Test
  void missingAddsOnlyTheNewSamplesThatAnswered() {
    Recording r = golden.record(results(), RecordMode.MISSING);
    assertThat(written(r)).isEqualTo(GOLDEN + "d,5.5,t\n");
    assertThat(r.changes()).isEqualTo("0 rows rewritten, 1 new sample added (1 row)");
    assertThat(r.notRecorded()).containsExactly("c", "e");
  }

  @Test
  void failingRewritesOnlyDivergedRows() {
    Recording r = golden.record(results(), RecordMode.FAILING);
    assertThat(written(r)).isEqualTo("id,pred,name\na,1.0,t\na,2.0,w\nb,3.5,t\nc,4.0,t\n");
    assertThat(r.changes()).startsWith("1 row rewritten, 0 new samples added");
  }

  @Test
  void allRewritesEveryChangedValueButNeverAFailedSample() {
    Recording r = golden.record(results(), RecordMode.ALL);
    assertThat(written(r))
        .isEqualTo("id,pred,name\na,1.0,t\na,2.0000001,w\nb,3.5,t\nc,4.0,t\nd,5.5,t\n");
    assertThat(r.changes()).isEqualTo("2 rows rewritten, 1 new sample added (1 row)");
  }

  @Test
  void nothingToRecordWritesNothing() {
    Recording r = golden.record(results().subList(0, 1), RecordMode.FAILING);
    assertThat(r.changesAnything()).isFalse();
    assertThat(r.notRecorded()).isEmpty();
  }

  @Test
  void obtainedHoldsWhatCameBackInTheFilesOrderThenTheNewRows() {
    assertThat(golden.obtained(results()))
        .isEqualTo("id,pred,name\na,1.0,t\na,2.0000001,w\nb,3.5,t\nc,4.0,t\nd,5.5,t\n");
  }

  @Test
  void aGoldenThatIsNoNumberWhereTheApiAnswersOneNamesTheCell() throws Exception {
    CsvGoldens typo =
        CsvGoldens.of(
            GoldenCsvReader.parse(FILE, "id,pred,name\na,5.7975O6,t\nb,1.5x,t\n", Columns.DEFAULT),
            Columns.DEFAULT,
            List.of(),
            Tolerance.DEFAULT);
    SampleResult a = typo.form().compare("a", typo.expected("a"), Json.parse("{\"t\": 5.797506}"));
    assertThat(a.values().get(0).status()).isEqualTo(Status.ERROR);
    assertThat(a.values().get(0).message())
        .isEqualTo(
            "golden.csv line 2 column 2: the golden value"
                + " '5.7975O6' is not a number, but the API answers one; fix the value in the golden file");
    SampleResult b = typo.form().compare("b", typo.expected("b"), Json.parse("{\"t\": 1.5}"));
    assertThat(b.values().get(0).message()).startsWith("golden.csv line 3 column 2");
  }

  @Test
  void outputsOfAnOpenInferenceV2AnswerArePickedByName() throws Exception {
    var byName =
        List.of(
            new OutputSpec("t", "/outputs/[name=thickness]/data/0", Tolerance.DEFAULT),
            new OutputSpec("w", "/outputs/[name=width]/data/0", Tolerance.DEFAULT));
    CsvGoldens v2 =
        CsvGoldens.of(
            GoldenCsvReader.parse(FILE, GOLDEN, Columns.DEFAULT),
            Columns.DEFAULT,
            byName,
            Tolerance.DEFAULT);
    String reordered =
        "{\"outputs\":[{\"name\":\"width\",\"data\":[2.0]},"
            + "{\"name\":\"thickness\",\"data\":[1.0]}]}";
    assertThat(v2.form().compare("a", v2.expected("a"), Json.parse(reordered)).values())
        .extracting(ValueResult::status)
        .containsExactly(Status.PASS, Status.PASS);
    SampleResult twice =
        v2.form()
            .compare(
                "b",
                v2.expected("b"),
                Json.parse("{\"outputs\":[{\"name\":\"thickness\"},{\"name\":\"thickness\"}]}"));
    assertThat(twice.values().get(0).status()).isEqualTo(Status.ERROR);
    assertThat(twice.values().get(0).message())
        .isEqualTo(
            "output 't' at /outputs/[name=thickness]/data/0: 2 elements of /outputs have name ="
                + " 'thickness', so /outputs/[name=thickness]/data/0 selects no single one");
    SampleResult none =
        v2.form()
            .compare("b", v2.expected("b"), Json.parse("{\"outputs\":[{\"name\":\"width\"}]}"));
    assertThat(none.values().get(0).message())
        .isEqualTo(
            "output 't' at /outputs/[name=thickness]/data/0: no element of /outputs has name ="
                + " 'thickness' (there: width)");
  }

  @Test
  void aNullAnswerIsNeverRecorded() throws Exception {
    SampleResult a = golden.form().compare("b", golden.expected("b"), Json.parse("{\"t\": null}"));
    SampleResult d = golden.form().compare("d", null, Json.parse("{\"t\": null}"));
    assertThat(a.values().get(0).status()).isEqualTo(Status.ERROR);
    assertThat(d.values().get(0).status()).isEqualTo(Status.ERROR);
    for (RecordMode mode : RecordMode.values()) {
      assertThat(golden.record(List.of(a, d), mode).changesAnything()).as(mode.name()).isFalse();
    }
  }

  @Test
  void aConfiguredOutputThatTheGoldenFileDoesNotNameIsAnError() throws Exception {
    var misspelt = List.of(new OutputSpec("thicknes", null, new Tolerance(1e-8, 0.02, false)));
    assertThatThrownBy(
            () ->
                CsvGoldens.of(
                    GoldenCsvReader.parse(FILE, GOLDEN, Columns.DEFAULT),
                    Columns.DEFAULT,
                    misspelt,
                    Tolerance.DEFAULT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("The output 'thicknes' in " + Setting.OUTPUTS)
        .hasMessageContaining("golden.csv, which has: t, w");
  }
}
