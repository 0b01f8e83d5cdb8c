package io.github.predcheck.maven;

import io.github.predcheck.core.Log;

/** The core's Log over Maven's; {@link #of} also spells the settings a message names as pom. */
final class MavenLog implements Log {
  private final org.apache.maven.plugin.logging.Log log;

  private MavenLog(org.apache.maven.plugin.logging.Log log) {
    this.log = log;
  }

  static Log of(org.apache.maven.plugin.logging.Log log) {
    return Log.mapped(new MavenLog(log), PomNames::render);
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void error(String message) {
    log.error(message);
  }

  @Override
  public boolean isDebugEnabled() {
    return log.isDebugEnabled();
  }
}
