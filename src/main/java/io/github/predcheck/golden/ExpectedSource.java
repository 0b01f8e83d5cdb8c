package io.github.predcheck.golden;

import java.util.List;

/**
 * Where the expected values of a check come from: a golden file today, a live baseline API next.
 * {@code E} is the form's type of one sample's expected values (CSV rows, a JSON document).
 */
public interface ExpectedSource<E> {
  /** The sample ids with expected values, in their source's order. */
  List<String> sampleIds();

  /** A sample's expected values; null for a sample without any. */
  E expected(String id);

  /** For the log: what is checked, e.g. "8 samples (16 golden values from golden.csv)". */
  String describe();
}
