package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.VisibleText;
import io.github.predcheck.run.CheckResult;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JUnitXmlReportTest {
  /**
   * Surefire's own schema, copied from apache/maven-surefire
   * (maven-surefire-plugin/src/site/resources/xsd).
   */
  private static final String XSD = "/xsd/surefire-test-report-3.0.xsd";

  private static void validate(String xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator =
        factory.newSchema(JUnitXmlReportTest.class.getResource(XSD)).newValidator();
    // The document names the schema's https address: never fetch it, validate against the local
    // copy.
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    return doc.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  @Test
  void hostileResultValidatesAgainstSurefiresSchema() throws Exception {
    CheckResult result = ReportFixtures.hostile();
    for (boolean failOnNew : new boolean[] {false, true}) {
      String xml = JUnitXmlReport.text(result, failOnNew);
      validate(xml);
      assertThat(xml).doesNotContain("<script>").doesNotContain("\u0000").doesNotContain("\u0007");
    }
  }

  @Test
  void oneTestCasePerSampleWithCountsAndOutcomes() throws Exception {
    Element suite = parse(JUnitXmlReport.text(ReportFixtures.hostile(), false));
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("predcheck.default");
    assertThat(suite.getAttribute("tests")).isEqualTo("7");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(suite.getAttribute("errors")).isEqualTo("2");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(suite.getAttribute("time")).isEqualTo("4.321");

    List<Element> cases = children(suite, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("name"))
        .containsExactly(
            "s1", "s2", "s3", VisibleText.of(ReportFixtures.HOSTILE_ID), "s5", "s6", "new-1");
    assertThat(cases)
        .allSatisfy(c -> assertThat(c.getAttribute("classname")).isEqualTo("predcheck.default"));
    assertThat(cases.get(0).getChildNodes().getLength()).isZero();

    Element diverged = children(cases.get(1), "failure").get(0);
    assertThat(diverged.getAttribute("type")).isEqualTo("predcheck.Diverged");
    assertThat(diverged.getAttribute("message"))
        .contains("1 of 2 values diverged", "thickness expected 1.0, got 1.5");
    assertThat(diverged.getTextContent())
        .contains("output", "abs error", "rel error", "allowed", "0.500", "1.00e-5");

    Element error = children(cases.get(2), "error").get(0);
    assertThat(error.getAttribute("type")).isEqualTo("predcheck.Error");
    assertThat(error.getAttribute("message"))
        .isEqualTo("HTTP 500: " + VisibleText.of(ReportFixtures.HOSTILE));
    assertThat(error.getAttribute("message"))
        .contains("<script>alert(1)</script> ]]> & \"dq\" 'sq' \\u0000\\u0007\\u001b \\ud800 😀");

    Element hostile = children(cases.get(3), "failure").get(0);
    assertThat(hostile.getTextContent()).contains("<script>alert(1)</script>\\u0000]]>", "exact");

    assertThat(children(cases.get(4), "error")).hasSize(1);
    assertThat(children(cases.get(6), "skipped").get(0).getAttribute("message")).contains("NEW");
  }

  @Test
  void newSamplesFailWhenFailOnNew() throws Exception {
    Element suite = parse(JUnitXmlReport.text(ReportFixtures.hostile(), true));
    assertThat(suite.getAttribute("failures")).isEqualTo("4");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
    Element newCase = children(suite, "testcase").get(6);
    assertThat(children(newCase, "failure").get(0).getAttribute("type")).isEqualTo("predcheck.New");
  }

  @Test
  void fileNameCarriesTheExecutionId() {
    assertThat(JUnitXmlReport.fileName("default")).isEqualTo("TEST-predcheck-default.xml");
    assertThat(JUnitXmlReport.fileName("a/b c")).isEqualTo("TEST-predcheck-a_b_c.xml");
  }

  @Test
  void theValidationRejectsBadDocuments() {
    // Guards the guard: the schema check must be able to fail.
    String noTests = "<testsuite name=\"x\" errors=\"0\" skipped=\"0\" failures=\"0\"/>";
    String badTime =
        "<testsuite name=\"x\" tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\">"
            + "<testcase name=\"a\" time=\"1e-3\"/></testsuite>";
    String twoErrors =
        "<testsuite name=\"x\" tests=\"1\" errors=\"1\" skipped=\"0\" failures=\"0\">"
            + "<testcase name=\"a\" time=\"0\"><error type=\"t\"/><error type=\"t\"/></testcase></testsuite>";
    String controlChar =
        "<testsuite name=\"x\u0001\" tests=\"0\" errors=\"0\" skipped=\"0\" failures=\"0\"/>";
    for (String bad : List.of(noTests, badTime, twoErrors, controlChar)) {
      assertThatThrownBy(() -> validate(bad)).as(bad).isInstanceOf(SAXException.class);
    }
  }
}
