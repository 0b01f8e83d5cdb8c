package io.github.predcheck.compare;

/** The verdict on one (sample, output). Only PASS is a pass. */
public enum Status {
  PASS,
  /** A value came back and differs from the golden one beyond tolerance. */
  DIVERGED,
  /**
   * No usable value came back: no response, HTTP error, unreadable JSON, output missing, no sample
   * file.
   */
  ERROR,
  /** A sample file with no golden row yet. */
  NEW,
  /**
   * Differs from a live baseline beyond tolerance, but no more than the baseline differs from
   * itself (its measured noise, times the noise factor): a pass.
   */
  NOISE
}
