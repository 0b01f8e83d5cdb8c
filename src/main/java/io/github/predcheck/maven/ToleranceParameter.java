package io.github.predcheck.maven;

/**
 * {@code <tolerance>}: the tolerance of every output without its own: {@code |actual - expected| <=
 * absolute + relative * |expected|} (numpy.isclose). Defaults: absolute 1e-8, relative 1e-5,
 * nanEqual false. {@code <tolerance>1e-3</tolerance>} is a relative tolerance alone.
 */
public class ToleranceParameter {
  Double absolute;
  Double relative;
  Boolean nanEqual;

  /** The text of the scalar form, checked where the configuration is built. */
  String scalar;

  /**
   * Maven calls this for {@code <tolerance>1e-3</tolerance>}: a value instead of child elements.
   */
  public void set(String value) {
    this.scalar = value;
  }
}
