package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void atomicWriteReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("golden.csv");
    Files.writeString(target, "old");
    AtomicFile.write(target, "new,text\n");
    assertThat(Files.readString(target)).isEqualTo("new,text\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void atomicWriteKeepsTheFilesPermissions() throws Exception {
    Path target = dir.resolve("golden.csv");
    Files.writeString(target, "old");
    var readable = PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(target, readable);
    AtomicFile.write(target, "new");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(readable);
  }
}
