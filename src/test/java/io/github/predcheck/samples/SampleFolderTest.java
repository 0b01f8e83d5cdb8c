package io.github.predcheck.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFolderTest {
  @TempDir Path root;
  SampleFolder folder;

  @BeforeEach
  void files() throws Exception {
    Files.createDirectories(root.resolve("WA-20220616-ABC-01"));
    Files.write(root.resolve("WA-20220616-ABC-01/RT-1.png"), new byte[] {1});
    Files.write(root.resolve("WA-20220616-ABC-01/RT-2.jpg"), new byte[] {2});
    Files.write(root.resolve("dup.png"), new byte[] {3});
    Files.write(root.resolve("dup.jpg"), new byte[] {4});
    Files.write(root.resolve(".hidden.png"), new byte[] {5});
    Files.write(root.resolve("RT-1.v2.png"), new byte[] {6});
    folder = SampleFolder.open(root);
  }

  @Test
  void idsWithSlashesAreSubfolders() throws Exception {
    Sample s = folder.resolve("WA-20220616-ABC-01/RT-1");
    assertThat(s.file()).isEqualTo(root.resolve("WA-20220616-ABC-01/RT-1.png").toRealPath());
    assertThat(s.contentType()).isEqualTo("image/png");
    assertThat(folder.resolve("WA-20220616-ABC-01/RT-2").contentType()).isEqualTo("image/jpeg");
    assertThat(folder.resolve("RT-1.v2").file().getFileName().toString()).isEqualTo("RT-1.v2.png");
    assertThat(folder.resolve("WA-20220616-ABC-01/RT-1.png").file().getFileName().toString())
        .isEqualTo("RT-1.png");
  }

  @Test
  void missingAmbiguousAndEscapingIdsAreClearErrorsNamingTheId() {
    assertThatThrownBy(() -> folder.resolve("WA-20220616-ABC-01/RT-9"))
        .hasMessageContaining("no sample file for id 'WA-20220616-ABC-01/RT-9'");
    assertThatThrownBy(() -> folder.resolve("dup"))
        .hasMessageContaining("two or more files for sample id 'dup'")
        .hasMessageContaining("dup.jpg")
        .hasMessageContaining("dup.png");
    assertThatThrownBy(() -> folder.resolve("../outside"))
        .hasMessageContaining("outside the samples folder");
    assertThatThrownBy(() -> folder.resolve("/etc/passwd"))
        .hasMessageContaining("outside the samples folder");
  }

  @Test
  void listsSamplesWithoutHiddenFiles() throws Exception {
    assertThat(folder.samples())
        .extracting(Sample::id)
        .containsExactly(
            "RT-1.v2", "WA-20220616-ABC-01/RT-1", "WA-20220616-ABC-01/RT-2", "dup", "dup");
  }

  @Test
  void aMissingFolderNamesTheParameter() {
    assertThatThrownBy(() -> SampleFolder.open(root.resolve("nope")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(Setting.SAMPLES.toString());
  }
}
