package io.github.predcheck.report;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.csv.CsvFile;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.csv.GoldenCsvReader;
import io.github.predcheck.run.CheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Check results for the report tests: one full of hostile text, one realistic and larger. */
final class ReportFixtures {
  /** Markup, CDATA end, quotes, control characters, a lone surrogate, an emoji and Japanese. */
  static final String HOSTILE =
      "図面 <script>alert(1)</script> ]]> & \"dq\" 'sq' \u0000\u0007\u001b \uD800 😀";

  static final String HOSTILE_ID = "図面-4/" + HOSTILE;

  private ReportFixtures() {}

  /**
   * A numeric comparison: PASS or DIVERGED by the allowance, with the errors the comparator would
   * give.
   */
  static ValueResult numeric(
      String id, String output, double expected, double actual, double allowed) {
    double abs = Math.abs(actual - expected);
    double rel =
        abs == 0 ? 0 : (expected == 0 ? Double.POSITIVE_INFINITY : abs / Math.abs(expected));
    Status status = abs <= allowed ? Status.PASS : Status.DIVERGED;
    return new ValueResult(
        id,
        output,
        Double.toString(expected),
        Double.toString(actual),
        abs,
        rel,
        allowed,
        status,
        null);
  }

  /** Passes, a numeric and a text divergence, errors, NaN/inf values and a new sample. */
  static CheckResult hostile() throws Exception {
    List<ValueResult> rows = new ArrayList<>();
    rows.add(numeric("s1", "thickness", 9.607873916625977, 9.607873916625977, 1e-4));
    rows.add(numeric("s1", "width", 2.0, 2.000000001, 1e-4));
    rows.add(numeric("s2", "thickness", 1.0, 1.5, 1e-5));
    rows.add(numeric("s2", "width", 3.0, 3.0, 1e-4));
    rows.add(ValueResult.error("s3", "thickness", "4.0", "HTTP 500: " + HOSTILE));
    rows.add(ValueResult.error("s3", "width", "5.0", "HTTP 500: " + HOSTILE));
    rows.add(
        new ValueResult(
            HOSTILE_ID,
            "label",
            "cat",
            "<script>alert(1)</script>\u0000]]>",
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Status.DIVERGED,
            null));
    rows.add(
        new ValueResult(
            HOSTILE_ID,
            "thickness",
            "0.0",
            "nan",
            Double.NaN,
            Double.NaN,
            1e-8,
            Status.DIVERGED,
            null));
    rows.add(numeric("s5", "thickness", 0.0, 0.0, 1e-8));
    rows.add(
        ValueResult.error("s5", "width", "7.5", "output 'width' is missing from the response"));
    rows.add(
        new ValueResult(
            "s6",
            "thickness",
            "1e308",
            "inf",
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            1e303,
            Status.DIVERGED,
            null));
    List<ValueResult> fresh =
        List.of(
            new ValueResult(
                "new-1",
                "thickness",
                null,
                "1.25",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Status.NEW,
                null),
            new ValueResult(
                "new-1",
                "width",
                null,
                "2.5",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Status.NEW,
                null));
    return result("default", rows, fresh, 4321);
  }

  /** {@code samples} samples with two outputs each: small drift, a few divergences and errors. */
  static CheckResult realistic(int samples) throws Exception {
    Random random = new Random(42);
    List<ValueResult> rows = new ArrayList<>();
    for (int i = 1; i <= samples; i++) {
      String id = String.format("WA-20220616-%03d/RT-%d", i, i % 3 + 1);
      double thickness = 5 + 10 * random.nextDouble();
      double width = 100 + 400 * random.nextDouble();
      double drift = random.nextInt(3) == 0 ? 0 : Math.pow(10, -12 + 7 * random.nextDouble());
      if (i % 13 == 0) {
        rows.add(
            ValueResult.error(
                id,
                "thickness",
                Double.toString(thickness),
                "HTTP 503 Service Unavailable: <html><body>upstream timeout</body></html>"));
      } else {
        rows.add(
            numeric(id, "thickness", thickness, thickness * (1 + drift), 1e-8 + 1e-5 * thickness));
      }
      double widthDrift = i % 11 == 0 ? 0.02 * random.nextDouble() : drift / 3;
      rows.add(numeric(id, "width", width, width * (1 - widthDrift), 1e-8 + 1e-5 * width));
    }
    List<ValueResult> fresh =
        List.of(
            new ValueResult(
                "WA-NEW-001",
                "thickness",
                null,
                "7.25",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Status.NEW,
                null),
            new ValueResult(
                "WA-NEW-001",
                "width",
                null,
                "250.5",
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Status.NEW,
                null));
    return result("drawings-v2", rows, fresh, 8_734);
  }

  /**
   * The results grouped by sample, as the check loop gives them, over a golden file with a row
   * each.
   */
  static CheckResult result(
      String execution, List<ValueResult> rows, List<ValueResult> fresh, long millis)
      throws Exception {
    List<SampleResult> samples = new ArrayList<>();
    bySample(rows).forEach((id, values) -> samples.add(new SampleResult(id, true, values, null)));
    bySample(fresh).forEach((id, values) -> samples.add(new SampleResult(id, false, values, null)));
    return new CheckResult(
        execution,
        CsvGoldens.of(golden(rows), Columns.DEFAULT, List.of(), Tolerance.DEFAULT),
        samples,
        millis);
  }

  private static Map<String, List<ValueResult>> bySample(List<ValueResult> values) {
    Map<String, List<ValueResult>> out = new LinkedHashMap<>();
    values.forEach(v -> out.computeIfAbsent(v.sampleId(), k -> new ArrayList<>()).add(v));
    return out;
  }

  /** A golden file with one row per result. */
  private static CsvFile golden(List<ValueResult> rows) throws Exception {
    StringBuilder csv = new StringBuilder("図面_id,pred,name\n");
    for (ValueResult v : rows) {
      csv.append(quote(v.sampleId()))
          .append(',')
          .append(quote(v.expected()))
          .append(',')
          .append(quote(v.output()))
          .append('\n');
    }
    return GoldenCsvReader.parse(Path.of("g.csv"), csv.toString(), Columns.DEFAULT);
  }

  /** A cell of the fixture's golden file, which holds no NUL and no empty value. */
  private static String quote(String s) {
    String cell = s == null || s.isEmpty() ? "0" : s.replace("\u0000", "?");
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
