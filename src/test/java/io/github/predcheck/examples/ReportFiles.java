package io.github.predcheck.examples;

import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Log;
import io.github.predcheck.golden.csv.Columns;
import io.github.predcheck.golden.csv.CsvGoldens;
import io.github.predcheck.golden.csv.GoldenCsvReader;
import io.github.predcheck.report.Reports;
import io.github.predcheck.run.CheckResult;
import io.github.predcheck.run.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report files predcheck really writes, where it writes them: the check goal's default report
 * folder as the built plugin descriptor declares it, and the reports of a real (small) check
 * written there by the plugin's own report writer, for a one-project repository, a module of a
 * multi-module one, and a shard. A CI recipe's paths are tested against these, so renaming a report
 * file or moving the folder fails the recipe's test.
 */
final class ReportFiles {
  /** Maven's default {@code ${project.build.directory}}, relative to the project. */
  private static final String BUILD_DIRECTORY = "target";

  private ReportFiles() {}

  /** Every file written, relative to {@code root}, with '/' between folders. */
  static List<String> writtenUnder(Path root) throws Exception {
    Path reportDirectory = Path.of(defaultReportDirectory());
    write(root.resolve(reportDirectory).resolve("drawing"), "drawing", null);
    write(
        root.resolve("thickness").resolve(reportDirectory).resolve("thickness"), "thickness", null);
    Shard shard = Shard.parse("2/4");
    write(
        root.resolve("parts").resolve(reportDirectory).resolve("parts").resolve(shard.folderName()),
        "parts",
        shard);
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /**
   * The check goal's {@code reportDirectory} default from {@code META-INF/maven/plugin.xml}, with
   * the build directory as Maven sets it by default: {@code target/predcheck}.
   */
  static String defaultReportDirectory() throws Exception {
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    Element plugin =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(descriptor.toFile())
            .getDocumentElement();
    NodeList mojos = plugin.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (text(mojo, "goal").equals("check")) {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        Element dir = (Element) configuration.getElementsByTagName("reportDirectory").item(0);
        return dir.getAttribute("default-value")
            .replace("${project.build.directory}", BUILD_DIRECTORY);
      }
    }
    throw new AssertionError("no check goal in " + descriptor);
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  /** A check of two samples, one passing and one diverging, reported as the check goal does. */
  private static void write(Path dir, String executionId, Shard shard) throws Exception {
    Files.createDirectories(dir);
    String csv = "id,pred,name\na,1.0,thickness\nb,2.0,thickness\n";
    CsvGoldens goldens =
        CsvGoldens.of(
            GoldenCsvReader.parse(dir.resolve("golden.csv"), csv, Columns.DEFAULT),
            Columns.DEFAULT,
            List.of(),
            Tolerance.DEFAULT);
    List<SampleResult> samples =
        List.of(
            new SampleResult("a", true, List.of(value("a", 1.0, 1.0, Status.PASS)), null),
            new SampleResult("b", true, List.of(value("b", 2.0, 2.5, Status.DIVERGED)), null));
    CheckResult result = new CheckResult(executionId, goldens, samples, 10);
    Reports.write(result, dir, shard, true, 20, false, Log.SILENT);
  }

  private static ValueResult value(String id, double expected, double actual, Status status) {
    double abs = Math.abs(actual - expected);
    return new ValueResult(
        id,
        "thickness",
        Double.toString(expected),
        Double.toString(actual),
        abs,
        abs / expected,
        1e-5 * expected,
        status,
        null);
  }
}
