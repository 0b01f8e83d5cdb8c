package io.github.predcheck.maven;

import io.github.predcheck.core.PredcheckException;

/**
 * A predcheck failure as the cause of Maven's exception: its message with pom names, its stack
 * trace kept for {@code -e}. Maven prints after the exception's message every cause's message it
 * does not already hold, which would repeat the core's text with its setting markers (⟦SHARD=2/3⟧).
 */
final class RenderedCause extends Exception {
  private static final long serialVersionUID = 1L;

  RenderedCause(PredcheckException e) {
    super(PomNames.render(e.getMessage()), e.getCause());
    setStackTrace(e.getStackTrace());
  }

  @Override
  public String toString() {
    return "predcheck: " + getMessage();
  }
}
