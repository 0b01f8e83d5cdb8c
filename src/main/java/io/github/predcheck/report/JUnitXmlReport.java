package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.VisibleText;
import io.github.predcheck.run.CheckResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The check as a Surefire-format test report (surefire-test-report-3.0.xsd), one test case per
 * sample, so CI servers that read JUnit XML show which samples failed and why.
 */
public final class JUnitXmlReport {
  public static final String FILE_PREFIX = "TEST-predcheck-";
  static final int MAX_DIFF_ROWS = 200;
  private static final int MAX_MESSAGE_VALUES = 20;
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String XSD =
      "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd";

  private JUnitXmlReport() {}

  /** {@code TEST-predcheck-<executionId>.xml}; characters unsafe in file names become '_'. */
  public static String fileName(String executionId) {
    return FILE_PREFIX + executionId.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
  }

  public static String text(CheckResult result, boolean failOnNew) {
    StringWriter out = new StringWriter();
    try {
      write(result, failOnNew, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Streams the XML: 100,000 test cases are never one String in memory. */
  public static void write(CheckResult result, boolean failOnNew, Writer out) throws IOException {
    Map<String, List<ValueResult>> samples = bySample(result.all());
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (List<ValueResult> values : samples.values()) {
      switch (verdict(values)) {
        case DIVERGED -> failures++;
        case ERROR -> errors++;
        case NEW -> {
          if (failOnNew) {
            failures++;
          } else {
            skipped++;
          }
        }
        default -> {}
      }
    }
    String suite = "predcheck." + result.executionId();
    // No per-sample timing is kept: each test case gets an even share, so the times add up.
    double sampleSeconds = samples.isEmpty() ? 0 : result.millis() / 1000.0 / samples.size();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      startSuite(xml, suite, result.millis(), samples.size(), errors, skipped, failures);
      xml.writeStartElement("properties");
      property(xml, "predcheck.golden", result.goldenPath().toString());
      property(xml, "predcheck.failOnNew", Boolean.toString(failOnNew));
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      for (Map.Entry<String, List<ValueResult>> sample : samples.entrySet()) {
        testCase(xml, suite, sample.getKey(), sample.getValue(), sampleSeconds, failOnNew);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io) {
        throw io; // a full disk, not a bug
      }
      throw new IllegalStateException("Cannot write the JUnit XML report: " + e.getMessage(), e);
    }
    out.write('\n');
  }

  /**
   * The file of a check that did not run (nothing relevant changed, or a skip switch): one skipped
   * test case with the reason, so a CI test reporter shows it skipped, never passed, and no older
   * file speaks for this build.
   */
  public static void writeSkipped(String executionId, String reason, Writer out)
      throws IOException {
    String suite = "predcheck." + executionId;
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      startSuite(xml, suite, 0, 1, 0, 1, 0);
      xml.writeStartElement("testcase");
      attribute(xml, "name", executionId);
      attribute(xml, "classname", suite);
      xml.writeAttribute("time", seconds(0));
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("skipped");
      attribute(xml, "message", reason);
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write the JUnit XML report: " + e.getMessage(), e);
    }
    out.write('\n');
  }

  private static void startSuite(
      XMLStreamWriter xml,
      String suite,
      long millis,
      int tests,
      int errors,
      int skipped,
      int failures)
      throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuite");
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "noNamespaceSchemaLocation", XSD);
    xml.writeAttribute("version", "3.0");
    attribute(xml, "name", suite);
    xml.writeAttribute("time", seconds(millis / 1000.0));
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("errors", Integer.toString(errors));
    xml.writeAttribute("skipped", Integer.toString(skipped));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeCharacters("\n  ");
  }

  private static void testCase(
      XMLStreamWriter xml,
      String suite,
      String sampleId,
      List<ValueResult> values,
      double seconds,
      boolean failOnNew)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    Status verdict = verdict(values);
    if (verdict == Status.PASS) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    attribute(xml, "name", sampleId);
    attribute(xml, "classname", suite);
    xml.writeAttribute("time", seconds(seconds));
    if (verdict == Status.PASS) {
      return;
    }
    xml.writeCharacters("\n    ");
    switch (verdict) {
      case DIVERGED ->
          outcome(xml, "failure", "predcheck.Diverged", divergedMessage(values), diff(values));
      case ERROR -> outcome(xml, "error", "predcheck.Error", errorMessage(values), diff(values));
      default -> {
        String message = "no golden row for this sample yet (NEW)";
        if (failOnNew) {
          outcome(xml, "failure", "predcheck.New", message, diff(values));
        } else {
          outcome(xml, "skipped", null, message, diff(values));
        }
      }
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  /** A sample's worst status: a divergence outweighs an error, which outweighs being new. */
  static Status verdict(List<ValueResult> values) {
    for (Status s : List.of(Status.DIVERGED, Status.ERROR, Status.NEW)) {
      if (values.stream().anyMatch(v -> v.status() == s)) {
        return s;
      }
    }
    return Status.PASS;
  }

  static Map<String, List<ValueResult>> bySample(List<ValueResult> results) {
    Map<String, List<ValueResult>> out = new LinkedHashMap<>();
    results.forEach(v -> out.computeIfAbsent(v.sampleId(), k -> new ArrayList<>()).add(v));
    return out;
  }

  private static String divergedMessage(List<ValueResult> values) {
    List<ValueResult> diverged =
        values.stream().filter(v -> v.status() == Status.DIVERGED).toList();
    return diverged.size()
        + " of "
        + values.size()
        + " values diverged: "
        + diverged.stream()
            .limit(MAX_MESSAGE_VALUES)
            .map(
                v ->
                    name(v.output())
                        + " expected "
                        + dash(v.expected())
                        + ", got "
                        + dash(v.actual()))
            .collect(Collectors.joining("; "))
        + (diverged.size() > MAX_MESSAGE_VALUES
            ? "; … " + (diverged.size() - MAX_MESSAGE_VALUES) + " more"
            : "");
  }

  private static String errorMessage(List<ValueResult> values) {
    return values.stream()
        .filter(v -> v.status() == Status.ERROR)
        .map(v -> dash(v.message()))
        .distinct()
        .collect(Collectors.joining("; "));
  }

  /**
   * One line per value of the sample, aligned, with the errors and the allowance; for a sample of
   * more than {@link #MAX_DIFF_ROWS} values (a mask, an embedding), the ones that did not pass.
   */
  private static String diff(List<ValueResult> values) {
    TextTable table =
        new TextTable(
            "output", "expected", "actual", "abs error", "rel error", "allowed", "status");
    boolean all = values.size() <= MAX_DIFF_ROWS;
    int rows = 0;
    for (ValueResult v : values) {
      if (!all && (v.status() == Status.PASS || rows >= MAX_DIFF_ROWS)) {
        continue;
      }
      rows++;
      // Made visible before aligning, so the columns line up in what the reader sees.
      String allowed =
          v.numeric()
              ? Numbers.format(v.allowed())
              : v.status() == Status.PASS || v.status() == Status.DIVERGED ? "exact" : "-";
      table.add(
          VisibleText.of(name(v.output())),
          VisibleText.of(dash(v.expected())),
          VisibleText.of(dash(v.actual())),
          Numbers.format(v.absError()),
          Numbers.format(v.relError()),
          allowed,
          VisibleText.of(v.status() + (v.message() == null ? "" : ": " + v.message())));
    }
    String more =
        all
            ? ""
            : "… "
                + (values.size() - rows)
                + " more values, those that passed among them; the HTML report and the results"
                + " file have every one\n";
    return "\n" + String.join("\n", table.lines("")) + "\n" + more;
  }

  private static void outcome(
      XMLStreamWriter xml, String element, String type, String message, String text)
      throws XMLStreamException {
    xml.writeStartElement(element);
    attribute(xml, "message", message);
    if (type != null) {
      xml.writeAttribute("type", type);
    }
    xml.writeCharacters(VisibleText.of(text));
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    attribute(xml, "name", name);
    attribute(xml, "value", value);
  }

  /** Every attribute holding outside text goes through here, so none can break the document. */
  private static void attribute(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeAttribute(name, VisibleText.of(value));
  }

  /** Surefire's time format: seconds, at most three decimals, no exponent. */
  private static String seconds(double s) {
    return Numbers.fixed(s, 3);
  }

  private static String name(String output) {
    return output == null ? "value" : output;
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }
}
