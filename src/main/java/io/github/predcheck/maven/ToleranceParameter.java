package io.github.predcheck.maven;

/**
 * {@code <tolerance>}: the tolerance of every output without its own: {@code |actual - expected| <=
 * absolute + relative * |expected|} (numpy.isclose). Defaults: absolute 1e-8, relative 1e-5,
 * nanEqual false.
 */
public class ToleranceParameter {
  Double absolute;
  Double relative;
  Boolean nanEqual;
}
