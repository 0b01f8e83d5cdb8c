package io.github.predcheck.golden;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.compare.SampleResult;
import io.github.predcheck.compare.Tolerance;

/**
 * The form of expected values (CSV rows, JSON documents): how one sample's response is compared
 * with them. One check loop serves every form, whatever the values' source.
 */
public interface GoldenForm<E> {
  /**
   * Compares a response with a sample's expected values; with none (null), what came back is NEW.
   */
  SampleResult compare(String id, E expected, JsonNode response);

  /** The tolerance in force for an output as results name it; null where values compare exactly. */
  Tolerance tolerance(String output);

  /** The API failed on the sample: an ERROR per expected value, or one for a sample without any. */
  SampleResult failed(String id, E expected, String error);
}
