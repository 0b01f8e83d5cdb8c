package io.github.predcheck.maven;

import io.github.predcheck.core.Log;

/** The core's Log over Maven's, with every setting the core names in the pom's words. */
final class MavenLog implements Log {
  private final org.apache.maven.plugin.logging.Log log;

  MavenLog(org.apache.maven.plugin.logging.Log log) {
    this.log = log;
  }

  @Override
  public void debug(String message) {
    log.debug(PomNames.render(message));
  }

  @Override
  public void info(String message) {
    log.info(PomNames.render(message));
  }

  @Override
  public void warn(String message) {
    log.warn(PomNames.render(message));
  }

  @Override
  public void error(String message) {
    log.error(PomNames.render(message));
  }

  @Override
  public boolean isDebugEnabled() {
    return log.isDebugEnabled();
  }
}
