package io.github.predcheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must run without Maven: only the maven package may import org.apache.maven. */
class CoreIsFreeOfMavenTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/predcheck");

  @Test
  void noCoreSourceImportsMaven() throws Exception {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !MAIN.relativize(p).startsWith("maven"))
              .filter(p -> read(p).contains("org.apache.maven"))
              .toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckFindsAMavenImportWhereThereIsOne() throws Exception {
    // Guards the guard: the maven package does import Maven, so the scan must see it there.
    try (Stream<Path> files = Files.walk(MAIN.resolve("maven"))) {
      assertThat(files.filter(p -> read(p).contains("import org.apache.maven"))).isNotEmpty();
    }
  }

  private static String read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p) : "";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
