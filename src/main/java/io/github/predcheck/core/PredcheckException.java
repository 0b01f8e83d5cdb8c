package io.github.predcheck.core;

/** Base of the core's checked errors; the Maven side maps each subtype to a Mojo exception. */
public class PredcheckException extends Exception {
  public PredcheckException(String message) {
    super(message);
  }

  public PredcheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
