package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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

  /**
   * A 16 KiB file system: the write runs out of space half way, the old file must survive whole.
   */
  @Test
  void aFullDiskLeavesTheOldFileWhole() throws Exception {
    Path mount = dir.resolve("small");
    Files.createDirectories(mount);
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mount.toString()),
        "mounting a small tmpfs needs root; this machine refused");
    try {
      Path golden = mount.resolve("golden.csv");
      String old = "id,pred,name\n" + "WA-1/RT-1,9.607873916625977,thickness\n".repeat(100);
      Files.writeString(golden, old);
      String bigger = "id,pred,name\n" + "WA-1/RT-1,9.607873916625977,thickness\n".repeat(600);
      assertThatThrownBy(() -> AtomicFile.write(golden, bigger)).isInstanceOf(IOException.class);
      assertThat(Files.readString(golden)).isEqualTo(old);
      try (Stream<Path> files = Files.list(mount)) {
        assertThat(files).containsExactly(golden);
      }
    } finally {
      run("umount", mount.toString());
    }
  }

  @Test
  void aSymbolicLinkKeepsPointingAtItsTargetWhichIsReplaced() throws Exception {
    Path real = Files.createDirectories(dir.resolve("annex")).resolve("golden.csv");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("golden.csv"), Path.of("annex/golden.csv"));
    AtomicFile.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void aReadOnlyFileIsRefusedAndKept() throws Exception {
    Path target = dir.resolve("golden.csv");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
    assertThatThrownBy(() -> AtomicFile.write(target, "new"))
        .hasMessageContaining("is read-only")
        .hasMessageContaining("chmod u+w");
    assertThat(Files.readString(target)).isEqualTo("old");
  }

  @Test
  void theOwnerIsKeptWhereTheProcessMayGiveItBack() throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root may chown");
    Path target = dir.resolve("golden.csv");
    Files.writeString(target, "old");
    UserPrincipal nobody =
        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.getFileAttributeView(target, PosixFileAttributeView.class).setOwner(nobody);
    AtomicFile.write(target, "new");
    assertThat(Files.getOwner(target)).isEqualTo(nobody);
  }

  private static boolean run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
