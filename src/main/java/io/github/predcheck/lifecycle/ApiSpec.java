package io.github.predcheck.lifecycle;

/**
 * How the API comes to be: already running (url), a child process (command), or containers from a
 * compose file (compose).
 */
public sealed interface ApiSpec permits ApiSpec.Url, CommandSpec, ComposeSpec {
  /** The API runs already at the endpoint; nothing is started or stopped. */
  record Url() implements ApiSpec {}

  Url URL = new Url();

  /** Leave the API running after the build, for debugging. */
  default boolean keepRunning() {
    return false;
  }
}
