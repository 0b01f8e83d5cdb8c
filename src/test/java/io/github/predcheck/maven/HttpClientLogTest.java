package io.github.predcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HttpClient's loggers stay at INFO under Maven 3's and Maven 4's providers alike. */
class HttpClientLogTest {
  private String level;
  private String maven4Level;

  @BeforeEach
  void save() {
    level = System.clearProperty(HttpClientLog.LEVEL);
    maven4Level = System.clearProperty(HttpClientLog.MAVEN4_LEVEL);
  }

  @AfterEach
  void restore() {
    restore(HttpClientLog.LEVEL, level);
    restore(HttpClientLog.MAVEN4_LEVEL, maven4Level);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  @Test
  void bothProvidersNamesAreSetToInfo() {
    HttpClientLog.keepQuiet();
    assertThat(System.getProperty(HttpClientLog.LEVEL)).isEqualTo("info");
    assertThat(System.getProperty(HttpClientLog.MAVEN4_LEVEL)).isEqualTo("info");
  }

  @Test
  void aLevelGivenOnTheCommandLineIsKeptUnderEitherName() {
    System.setProperty(HttpClientLog.LEVEL, "debug");
    HttpClientLog.keepQuiet();
    assertThat(System.getProperty(HttpClientLog.MAVEN4_LEVEL)).isEqualTo("debug");
    System.clearProperty(HttpClientLog.LEVEL);
    System.setProperty(HttpClientLog.MAVEN4_LEVEL, "trace");
    HttpClientLog.keepQuiet();
    assertThat(System.getProperty(HttpClientLog.LEVEL)).isEqualTo("trace");
  }
}
