package io.github.predcheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every repository path that the README (in inline code or a link) or a CI script names exists: a
 * moved folder or a renamed notes file fails this test instead of sending a reader nowhere.
 */
class ReadmePathsTest {
  /** A path into this repository: under src, .ci or .mvn; not /etc/…, not target/…. */
  private static final Pattern REPO_PATH =
      Pattern.compile("(?<![\\w./-])(?:\\./)?((?:src|\\.ci|\\.mvn)/[\\w.@/-]*[\\w/])");

  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** The plugin's defaults: paths in the user's project, not in this repository. */
  private static final List<String> USER_PROJECT = List.of("src/test/predcheck/");

  @Test
  void everyPathTheReadmeNamesExists() throws IOException {
    List<String> named = readmePaths(Files.readString(Path.of("README.md")));
    assertThat(named)
        .as("the README names them")
        .contains(
            "src/it/demo", "src/test/compose/README-lab.md", ".ci/install-container-engine.sh");
    assertThat(missing("README.md", named)).isEmpty();
  }

  @Test
  void everyPathTheCiScriptsNameExists() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> scripts = Files.list(Path.of(".ci"))) {
      for (Path script : scripts.sorted().toList()) {
        problems.addAll(missing(script.toString(), scriptPaths(Files.readString(script))));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aPathThatDoesNotExistIsFound() {
    String readme =
        "See `src/it/compose-support/README-lab.md`, the [notes](src/test/nothing.md),"
            + " `/etc/containers/containers.conf`, `target/predcheck` and"
            + " `src/test/predcheck/golden.csv`.\n```sh\nsrc/in/a/code/block\n```\n";
    assertThat(readmePaths(readme))
        .containsExactly("src/it/compose-support/README-lab.md", "src/test/nothing.md");
    assertThat(scriptPaths("# see src/it/compose-support/README-lab.md for why\nbash .ci/run\n"))
        .containsExactly("src/it/compose-support/README-lab.md", ".ci/run");
    assertThat(missing("x", List.of("src/it/compose-support/README-lab.md", ".ci/run")))
        .containsExactly("x names src/it/compose-support/README-lab.md, which does not exist");
  }

  /** Repository paths in the README's inline code and link targets, code blocks left out. */
  static List<String> readmePaths(String markdown) {
    String text = FENCE.matcher(markdown).replaceAll("");
    List<String> paths = new ArrayList<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      paths.addAll(repoPaths(code.group(1)));
    }
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String target = link.group(1).replaceFirst("#.*", "");
      if (!target.isEmpty() && !target.matches("[a-z]+:.*")) {
        paths.add(target.replaceFirst("^\\./", ""));
      }
    }
    return paths;
  }

  /** Repository paths anywhere in a script, comments included. */
  static List<String> scriptPaths(String script) {
    return repoPaths(script);
  }

  private static List<String> repoPaths(String text) {
    List<String> paths = new ArrayList<>();
    Matcher m = REPO_PATH.matcher(text);
    while (m.find()) {
      String path = m.group(1);
      if (USER_PROJECT.stream().noneMatch(path::startsWith)) {
        paths.add(path);
      }
    }
    return paths;
  }

  private static List<String> missing(String source, List<String> paths) {
    return paths.stream()
        .filter(p -> !Files.exists(Path.of(p)))
        .map(p -> source + " names " + p + ", which does not exist")
        .toList();
  }
}
