package io.github.predcheck.core;

/** The run itself broke (the API could not be started, a file could not be written). */
public class RunException extends PredcheckException {
  public RunException(String message) {
    super(message);
  }

  public RunException(String message, Throwable cause) {
    super(message, cause);
  }
}
