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

  private HttpClientLog() {}

  static void keepQuiet() {
    if (System.getProperty(LEVEL) == null) {
      System.setProperty(LEVEL, "info");
    }
  }
}
