package io.github.predcheck.maven;

/**
 * {@code <output>}: one named output of the model. {@code pointer} is a JSON Pointer into the
 * response (default {@code /<name>}; "" for a bare-number response); {@code absolute}, {@code
 * relative} and {@code nanEqual} override {@code <tolerance>} for this output.
 */
public class OutputParameter {
  String name;
  String pointer;
  Double absolute;
  Double relative;
  Boolean nanEqual;
}
