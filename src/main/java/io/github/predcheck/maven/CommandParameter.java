package io.github.predcheck.maven;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * {@code <command>}: start the API as a child process. {@code {port}} in arguments and environment
 * values (and in endpoint, healthUrl, readyUrl) is a free loopback port picked by the plugin.
 */
public class CommandParameter {
  String executable;
  List<String> arguments;
  File workingDirectory;
  Map<String, String> environment;

  /** Seconds between the polite stop signal and the kill; default 10. */
  Integer stopGraceSeconds;
}
