package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.predcheck.core.Setting;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every setting the core names is spelled as the plugin descriptor knows it. */
class PomNamesTest {
  @Test
  void rendersSettingsInThePomsWords() {
    assertThat(PomNames.render("raise " + Setting.HEALTH_TIMEOUT + "."))
        .isEqualTo("raise <healthTimeout> (-Dpredcheck.healthTimeout).");
    assertThat(PomNames.render("create it with " + Setting.RECORD.is("missing")))
        .isEqualTo("create it with -Dpredcheck.record=missing");
    assertThat(
            PomNames.render(
                "start " + Setting.COMMAND_EXECUTABLE.is("java") + " or " + Setting.COLUMNS_VALUE))
        .isEqualTo("start <command><executable>java</executable> or <columns><value>");
    assertThat(PomNames.render(Setting.RECORD_GOAL.toString())).contains("mvn predcheck:record@");
    assertThat(Setting.plain("raise " + Setting.HEALTH_TIMEOUT)).isEqualTo("raise HEALTH_TIMEOUT");
  }

  @Test
  void everySettingIsAParameterOfTheDescriptorWithItsProperty() throws Exception {
    Map<String, String> properties = descriptorProperties();
    for (Setting s : Setting.values()) {
      if (s.name().endsWith("_GOAL")) {
        continue;
      }
      PomNames.Name name = PomNames.NAMES.get(s);
      assertThat(name).as(s.name()).isNotNull();
      String parameter = name.elements().get(0);
      assertThat(properties).as(s + " is a parameter").containsKey(parameter);
      assertThat(name.property()).as(s + "'s property").isEqualTo(properties.get(parameter));
      if (name.elements().size() > 1) {
        String nested = name.elements().get(name.elements().size() - 1);
        assertThat(parameterTypeFields(parameter)).as(s + " nested element").contains(nested);
      }
    }
  }

  /** The fields Maven fills from a parameter's nested elements. */
  private static java.util.List<String> parameterTypeFields(String parameter) throws Exception {
    Class<?> type =
        switch (parameter) {
          case "columns" -> ColumnsParameter.class;
          case "outputs" -> OutputParameter.class;
          case "command" -> CommandParameter.class;
          case "compose" -> ComposeParameter.class;
          default -> Object.class;
        };
    java.util.List<String> fields = new java.util.ArrayList<>();
    for (var f : type.getDeclaredFields()) {
      fields.add(f.getName());
    }
    // <outputs><output><pointer>: the list's element name, then the type's field
    fields.add("output");
    return fields;
  }

  /**
   * The check, report, diff and calibrate goals' parameters and their user properties (null where
   * none).
   */
  private static Map<String, String> descriptorProperties() throws Exception {
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    Map<String, String> out = new HashMap<>();
    NodeList mojos = doc.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
      if (!java.util.Set.of("check", "report", "diff", "calibrate").contains(goal)) {
        continue;
      }
      NodeList params = mojo.getElementsByTagName("parameter");
      for (int j = 0; j < params.getLength(); j++) {
        Element p = (Element) params.item(j);
        out.put(p.getElementsByTagName("name").item(0).getTextContent(), null);
      }
      NodeList config =
          ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
      for (int j = 0; j < config.getLength(); j++) {
        if (config.item(j) instanceof Element e && e.getTextContent().startsWith("${predcheck.")) {
          String expression = e.getTextContent();
          out.put(e.getTagName(), expression.substring(2, expression.length() - 1));
        }
      }
    }
    return out;
  }
}
