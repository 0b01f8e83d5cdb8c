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

  @Test
  void twoFilesOfOneIdAreOneSample() throws Exception {
    assertThat(
            folder.idsNotIn(
                java.util.List.of(
                    "dup", "WA-20220616-ABC-01/RT-1", "WA-20220616-ABC-01/RT-2", "RT-1.v2")))
        .isEmpty();
    assertThat(
            folder.idsNotIn(
                java.util.List.of("WA-20220616-ABC-01/RT-1", "WA-20220616-ABC-01/RT-2", "RT-1.v2")))
        .containsExactly("dup");
  }

  @Test
  void aLinkMayPointInsideTheProjectButNotOutside(@TempDir Path elsewhere) throws Exception {
    Path project = root.getParent().resolve(root.getFileName() + "-project");
    Path samples = Files.createDirectories(project.resolve("src/test/predcheck/samples"));
    Path annexed = Files.createDirectories(project.resolve(".git/annex/objects"));
    Files.writeString(annexed.resolve("SHA256-abc"), "drawing");
    Files.createSymbolicLink(samples.resolve("in.png"), annexed.resolve("SHA256-abc"));
    Path secret = Files.writeString(elsewhere.resolve("id_rsa"), "secret");
    Files.createSymbolicLink(samples.resolve("out.png"), secret);
    SampleFolder linked = SampleFolder.open(samples, project);
    assertThat(linked.resolve("in").file()).isEqualTo(samples.resolve("in.png"));
    assertThatThrownBy(() -> linked.resolve("out"))
        .hasMessageContaining("out.png of id 'out' is a link to " + secret.toRealPath())
        .hasMessageContaining("outside the project");
    assertThatThrownBy(() -> SampleFolder.open(samples).resolve("in"))
        .hasMessageContaining("is a link to");
  }

  @Test
  void aLinkedFolderOnTheWayCountsAsALink(@TempDir Path elsewhere) throws Exception {
    Path outside = Files.createDirectories(elsewhere.resolve("drawings"));
    Files.writeString(outside.resolve("RT-9.png"), "drawing");
    Files.createSymbolicLink(root.resolve("linked"), outside);
    assertThatThrownBy(() -> folder.resolve("linked/RT-9"))
        .hasMessageContaining("linked/RT-9.png of id 'linked/RT-9' is a link to")
        .hasMessageContaining(outside.toRealPath().resolve("RT-9.png").toString());
    // Walking does not follow a folder link: its files are not new samples.
    assertThat(folder.samples()).extracting(Sample::id).doesNotContain("linked/RT-9");
  }

  @Test
  void aNulInAnIdIsTheSamplesError() {
    assertThatThrownBy(() -> folder.resolve("a\u0000b"))
        .isInstanceOf(SampleException.class)
        .hasMessageContaining("cannot be a file name");
  }
}
