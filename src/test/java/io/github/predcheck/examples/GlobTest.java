package io.github.predcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matcher the examples' tests rely on reads globs as the CI systems do, and rejects. */
class GlobTest {
  @Test
  void doubleStarMatchesNoFolderAndMany() {
    Glob glob = Glob.of("**/target/predcheck/**/TEST-predcheck-*.xml");
    assertThat(glob.matches("target/predcheck/a/TEST-predcheck-a.xml")).isTrue();
    assertThat(glob.matches("thickness/target/predcheck/a/TEST-predcheck-a.xml")).isTrue();
    assertThat(glob.matches("x/y/target/predcheck/a/shard-2of4/TEST-predcheck-a-shard2of4.xml"))
        .isTrue();
  }

  @Test
  void starStaysWithinOneFolderNameAndTheRestMustMatch() {
    Glob glob = Glob.of("**/target/predcheck/**/TEST-predcheck-*.xml");
    assertThat(glob.matches("target/predcheck/a/TEST-other-a.xml")).isFalse();
    assertThat(glob.matches("target/predcheck/a/TEST-predcheck-a.json")).isFalse();
    assertThat(glob.matches("target/surefire-reports/TEST-predcheck-a.xml")).isFalse();
    assertThat(Glob.of("target/*.xml").matches("target/a/b.xml")).isFalse();
  }

  @Test
  void aFolderPatternCoversWhatIsUnderIt() {
    assertThat(Glob.of("**/target/predcheck/").covers("m/target/predcheck/a/report.html")).isTrue();
    assertThat(Glob.of("**/target/predcheck/**").covers("target/predcheck/a/report.html")).isTrue();
    assertThat(Glob.of("**/target/predcheck/").covers("m/target/classes/a.class")).isFalse();
    assertThat(Glob.of("**/target/predcheck/").matches("m/target/predcheck/a/report.html"))
        .isFalse();
  }
}
