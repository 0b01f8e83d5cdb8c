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

  /**
   * The tolerance of an output, or {@code common} where the form names none (an output seen only in
   * an answer): what its differences are measured against in noise and spread.
   */
  default Tolerance toleranceOr(String output, Tolerance common) {
    Tolerance t = tolerance(output);
    return t == null ? common : t;
  }

  /** The API failed on the sample: an ERROR per expected value, or one for a sample without any. */
  SampleResult failed(String id, E expected, String error);

  /**
   * Another answer to the sample as this form's expected values: a live baseline's, or a first
   * call's that later calls are compared with.
   */
  E expectedOf(String id, JsonNode response);

  /**
   * The group an output's results are counted in for noise and spread: the output's name in a CSV,
   * a JSON value's tolerance pattern (or its path with every array index as {@code *}).
   */
  String group(String output);
}
