package io.github.predcheck.core;

/**
 * Something the user must fix in the pom, a property or an input file. The message names the
 * element, property, file or line and says how to fix it.
 */
public class ConfigurationException extends PredcheckException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
