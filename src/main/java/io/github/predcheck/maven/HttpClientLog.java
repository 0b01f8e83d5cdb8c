package io.github.predcheck.maven;

/**
 * Keeps HttpClient's own log below DEBUG under {@code -X}. Maven's SLF4J provider (slf4j-simple)
 * then shows every logger's DEBUG, and HttpClient's wire and header loggers would print each
 * request's headers (an {@code Authorization} token) and body. The provider reads a logger's level
 * from the system property {@code org.slf4j.simpleLogger.log.<name or a prefix>} when the logger is
 * created, so this runs before the first request creates HttpClient's loggers. A level given on the
 * command line is kept, and a longer name wins, so {@code
 * -Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=debug} still shows the wire.
 */
final class HttpClientLog {
  static final String LEVEL = "org.slf4j.simpleLogger.log.org.apache.hc";

  /**
   * Maven 4's provider reads {@code maven.logger.log.<name>}, and the slf4j-simple name only when
   * that is unset, with a warning per logger: both are set, to the same level.
   */
  static final String MAVEN4_LEVEL = "maven.logger.log.org.apache.hc";

  private HttpClientLog() {}

  static void keepQuiet() {
    String given = System.getProperty(MAVEN4_LEVEL, System.getProperty(LEVEL, "info"));
    for (String name : new String[] {LEVEL, MAVEN4_LEVEL}) {
      if (System.getProperty(name) == null) {
        System.setProperty(name, given);
      }
    }
  }
}
