package io.github.predcheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages depend on each other one way only: a newcomer can read them bottom up. */
class PackageCyclesTest {
  static final Path MAIN = Path.of("src/main/java/io/github/predcheck");

  /** An import or a fully qualified name of one of the plugin's types. */
  private static final Pattern USE =
      Pattern.compile("io\\.github\\.predcheck\\.([a-z][a-z0-9.]*)\\.[A-Z]");

  @Test
  void noCycleBetweenPackages() {
    Map<String, Set<String>> graph = dependencies();
    assertThat(graph).containsKeys("run", "golden", "golden.csv", "report", "maven");
    assertThat(cycles(graph)).isEmpty();
  }

  @Test
  void theCheckFindsACycleWhereThereIsOne() {
    Map<String, Set<String>> graph =
        new TreeMap<>(
            Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
  }

  /** Each package of the plugin and the packages its sources use. */
  static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              file -> {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(read(file));
                while (m.find()) {
                  if (!m.group(1).equals(pkg)) {
                    uses.add(m.group(1));
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** The strongly connected components with more than one package (Tarjan's algorithm). */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Tarjan t = new Tarjan(graph);
    graph
        .keySet()
        .forEach(
            v -> {
              if (!t.index.containsKey(v)) {
                t.visit(v);
              }
            });
    return t.components.stream().filter(c -> c.size() > 1).toList();
  }

  private static final class Tarjan {
    final Map<String, Set<String>> graph;
    final Map<String, Integer> index = new TreeMap<>();
    final Map<String, Integer> low = new TreeMap<>();
    final List<String> stack = new ArrayList<>();
    final List<List<String>> components = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (stack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> component = new ArrayList<>();
        String w;
        do {
          w = stack.remove(stack.size() - 1);
          component.add(w);
        } while (!w.equals(v));
        components.add(component.stream().sorted().toList());
      }
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
