package io.github.predcheck.samples;

/** A golden id whose sample file cannot be found unambiguously; reported as that sample's error. */
public class SampleException extends Exception {
  public SampleException(String message) {
    super(message);
  }
}
