package io.github.predcheck.maven;

/**
 * {@code <jsonTolerance>}: the tolerance of the JSON golden values whose path matches {@code path},
 * a JSON Pointer where {@code *} is one segment and {@code **} any number, e.g. {@code
 * /*&#47;score}. The first matching entry wins; others use {@code <tolerance>}.
 */
public class JsonToleranceParameter {
  String path;
  Double absolute;
  Double relative;
  Boolean nanEqual;
}
