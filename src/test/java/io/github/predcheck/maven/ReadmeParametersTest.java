package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's parameter table is written by hand: every parameter the plugin descriptor has must
 * be a row of it, with the descriptor's user property, so the table cannot drift from the mojos.
 */
class ReadmeParametersTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Za-z.]+)` \\| (?:`([A-Za-z.]+)`)? *\\|", Pattern.MULTILINE);

  @Test
  void everyParameterIsInTheReadmeWithItsProperty() throws Exception {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
    while (m.find()) {
      rows.put(m.group(1), m.group(2) == null ? "" : m.group(2));
    }
    Map<String, String> parameters = descriptorParameters();
    assertThat(parameters).containsKeys("golden", "healthTimeout", "deferFailure", "record");
    List<String> problems = new ArrayList<>();
    parameters.forEach(
        (name, property) -> {
          if (!rows.containsKey(name)) {
            problems.add(name + " has no row in the README's parameter table");
          } else if (!rows.get(name).equals(property)) {
            problems.add(
                name
                    + ": the README says property '"
                    + rows.get(name)
                    + "', the descriptor '"
                    + property
                    + "'");
          }
        });
    rows.keySet().stream()
        .filter(r -> !parameters.containsKey(r))
        .forEach(r -> problems.add(r + " is in the README but is no parameter of any goal"));
    assertThat(problems).isEmpty();
  }

  /** Every editable parameter of predcheck's goals, with its user property ("" where none). */
  static Map<String, String> descriptorParameters() throws Exception {
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    Map<String, String> out = new LinkedHashMap<>();
    NodeList mojos = doc.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if ("help".equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
        continue; // maven-plugin-tools' own goal, documented by `mvn predcheck:help`
      }
      Map<String, String> properties = new LinkedHashMap<>();
      Element config = (Element) mojo.getElementsByTagName("configuration").item(0);
      for (Node n = config == null ? null : config.getFirstChild();
          n != null;
          n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTextContent().startsWith("${")) {
          String expression = e.getTextContent();
          properties.put(e.getTagName(), expression.substring(2, expression.length() - 1));
        }
      }
      NodeList params = mojo.getElementsByTagName("parameter");
      for (int j = 0; j < params.getLength(); j++) {
        Element p = (Element) params.item(j);
        if (!"true".equals(p.getElementsByTagName("editable").item(0).getTextContent())) {
          continue;
        }
        String name = p.getElementsByTagName("name").item(0).getTextContent();
        out.put(name, properties.getOrDefault(name, ""));
      }
    }
    return out;
  }
}
