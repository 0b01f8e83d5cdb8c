package io.github.predcheck.maven;

import io.github.predcheck.core.MaskedMap;
import java.io.File;
import java.util.List;

/**
 * {@code <command>}: start the API as a child process. {@code {port}} in arguments and environment
 * values (and in endpoint, healthUrl, readyUrl) is a free loopback port picked by the plugin.
 *
 * <p>Every process the API starts inherits {@code PREDCHECK_RUN=<random id>} (one id per
 * execution); at the end, on Linux, every process carrying it is stopped, whatever its parent.
 * Exempt a daemon the API starts on purpose with {@code PREDCHECK_KEEP=1} in its environment, e.g.
 * {@code PREDCHECK_KEEP=1 setsid mydaemon &}.
 */
public class CommandParameter {
  String executable;
  List<String> arguments;
  File workingDirectory;

  /**
   * Variables added to the API's environment; {@code {env:NAME}} in a value is read from the
   * environment Maven runs in when the API starts, so a secret never appears in Maven's output.
   */
  MaskedMap environment;

  /** Seconds between the polite stop signal and the kill; default 10. */
  Integer stopGraceSeconds;
}
