package io.github.predcheck.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The pom holds what Maven Central requires of a release (its metadata, sources and javadoc jars,
 * signatures) and the release profile that publishes it, so that a release is one command once the
 * namespace is verified. CI builds the profile's jars (.ci/run); this test names what a release
 * would be refused for.
 */
class CentralRequirementsTest {
  private static Document pom;
  private static XPath xpath;

  @BeforeAll
  static void read() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    xpath = XPathFactory.newInstance().newXPath();
  }

  @Test
  void metadataCentralRequires() throws Exception {
    for (String element :
        List.of(
            "groupId",
            "artifactId",
            "version",
            "name",
            "description",
            "url",
            "licenses/license/name",
            "licenses/license/url",
            "developers/developer/name",
            "scm/connection",
            "scm/developerConnection",
            "scm/url")) {
      assertThat(text("/*[local-name()='project']/" + local(element)))
          .as("<%s>", element)
          .isNotBlank();
    }
    assertThat(text("/*[local-name()='project']/" + local("scm/connection")))
        .startsWith("scm:git:");
  }

  @Test
  void theReleaseProfileAttachesSourcesAndJavadocSignsAndPublishes() throws Exception {
    String plugins = "profiles/profile[id='release']/build/plugins/plugin";
    assertThat(goals(plugins, "maven-source-plugin")).contains("jar-no-fork");
    assertThat(goals(plugins, "maven-javadoc-plugin")).contains("jar");
    assertThat(goals(plugins, "maven-gpg-plugin")).contains("sign");
    String central =
        "/*[local-name()='project']/"
            + local(plugins)
            + "[*[local-name()='artifactId']='central-publishing-maven-plugin']";
    assertThat(text(central + "/*[local-name()='groupId']")).isEqualTo("org.sonatype.central");
    assertThat(text(central + "/*[local-name()='extensions']")).isEqualTo("true");
  }

  @Test
  void buildsAreReproducible() throws Exception {
    assertThat(
            text("/*[local-name()='project']/" + local("properties/project.build.outputTimestamp")))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  private static List<String> goals(String plugins, String artifactId) throws Exception {
    NodeList nodes =
        (NodeList)
            xpath.evaluate(
                "/*[local-name()='project']/"
                    + local(plugins)
                    + "[*[local-name()='artifactId']='"
                    + artifactId
                    + "']//*[local-name()='goal']",
                pom,
                XPathConstants.NODESET);
    List<String> goals = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      goals.add(nodes.item(i).getTextContent().trim());
    }
    assertThat(goals).as("goals of %s in the release profile", artifactId).isNotEmpty();
    return goals;
  }

  private static String text(String path) throws Exception {
    return xpath.evaluate(path, pom).trim();
  }

  /**
   * A path of pom elements, {@code a/b[c='x']/d}, as XPath that ignores the POM namespace: each
   * name becomes {@code *[local-name()='name']}, predicates included.
   */
  private static String local(String path) {
    return path.replaceAll("(?<![\\w.'-])([A-Za-z][\\w.-]*)(?=[/\\[=]|$)", "*[local-name()='$1']");
  }
}
