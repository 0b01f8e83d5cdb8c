package io.github.predcheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The core names settings as types ({@code Setting.HEALTH_TIMEOUT}); only the Maven adapter spells
 * them as pom elements and properties, so renaming a parameter changes the adapter alone.
 */
class CoreSpeaksNoPomTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

  /** String literals and text blocks. */
  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

  @Test
  void noCoreLiteralNamesAPomElementOrProperty() throws Exception {
    Set<String> names = pomNames();
    assertThat(names).contains("healthTimeout", "golden", "executable", "pointer");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PackageCyclesTest.MAIN)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !PackageCyclesTest.MAIN.relativize(p).startsWith("maven"))
          .forEach(
              p ->
                  pomWords(PackageCyclesTest.read(p), names)
                      .forEach(w -> found.add(PackageCyclesTest.MAIN.relativize(p) + ": " + w)));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsPomWordsWhereThereAreSome() {
    Set<String> names = Set.of("healthTimeout", "pointer");
    String source =
        "class X { String a = \"raise <healthTimeout> (-Dpredcheck.healthTimeout)\";"
            + " String b = \"\"\"\n check the <pointer>\n\"\"\"; String c = \"<td>\"; }";
    assertThat(pomWords(source, names))
        .containsExactly("<healthTimeout>", "-Dpredcheck.", "<pointer>");
  }

  /** What a source's literals say in the pom's words: elements of these names, or -D properties. */
  static List<String> pomWords(String source, Set<String> names) {
    List<String> words = new ArrayList<>();
    Matcher m = LITERAL.matcher(source);
    while (m.find()) {
      String text = m.group(1) != null ? m.group(1) : m.group(2);
      Matcher element = Pattern.compile("</?([A-Za-z]+)>").matcher(text);
      while (element.find()) {
        if (names.contains(element.group(1))) {
          words.add(element.group());
        }
      }
      if (text.contains("-Dpredcheck.")) {
        words.add("-Dpredcheck.");
      }
    }
    return words;
  }

  /** Every parameter in the plugin descriptor, and the fields of its nested parameter types. */
  static Set<String> pomNames() throws Exception {
    Set<String> names = new TreeSet<>();
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    NodeList parameters = doc.getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element p = (Element) parameters.item(i);
      names.add(text(p, "name"));
      String type = text(p, "type");
      if (type.startsWith("io.github.predcheck.maven.")) {
        nestedFields(Class.forName(type), names);
      }
    }
    // Lists of nested types (List<OutputParameter>) show as java.util.List: take every parameter
    // type.
    try (Stream<Path> files = Files.list(PackageCyclesTest.MAIN.resolve("maven"))) {
      for (Path f : files.filter(p -> p.toString().endsWith("Parameter.java")).toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        nestedFields(Class.forName("io.github.predcheck.maven." + name), names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void nestedFields(Class<?> type, Set<String> names) {
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        names.add(f.getName());
      }
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
