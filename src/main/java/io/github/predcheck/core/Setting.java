package io.github.predcheck.core;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting the user configures, as the core names it in a message. The core does not know how a
 * build tool spells it: {@code "raise " + Setting.HEALTH_TIMEOUT} holds a marker that the Maven
 * adapter renders as {@code <healthTimeout> (-Dpredcheck.healthTimeout)}, so renaming a pom
 * parameter changes the adapter only.
 */
public enum Setting {
  GOLDEN,
  GOLDEN_JSON,
  SAMPLES,
  /** The JSON request that wraps each sample. */
  REQUEST_TEMPLATE,
  COLUMNS_ID,
  COLUMNS_VALUE,
  COLUMNS_NAME,
  OUTPUTS,
  OUTPUT_POINTER,
  ENDPOINT,
  HEALTH_URL,
  HEALTH_CONDITION,
  READY_URL,
  READY_CONDITION,
  HEALTH_TIMEOUT,
  REQUEST_TIMEOUT,
  MAX_CONSECUTIVE_FAILURES,
  MAX_RESPONSE_BYTES,
  COMMAND,
  COMMAND_EXECUTABLE,
  COMPOSE,
  COMPOSE_SERVICES,
  COMPOSE_PORT_SERVICE,
  COMPOSE_CONTAINER_PORT,
  COMPOSE_COMMAND,
  /** Request headers; with a value, that header's entry. */
  HEADERS,
  /** The started command's environment; with a value, that variable's entry. */
  COMMAND_ENVIRONMENT,
  /** The compose commands' environment; with a value, that variable's entry. */
  COMPOSE_ENVIRONMENT,
  MAX_ROWS,
  RECORD,
  /** Which part of the samples one CI job checks, e.g. 2/4. */
  SHARD,
  /** The folder of every shard's results that the report goal merges. */
  SHARD_RESULTS,
  /** The git ref whose merge base decides whether anything relevant changed. */
  CHANGED_SINCE,
  /** The folders and files whose changes make an execution run. */
  PATHS,
  /** Paths, from the repository's root, whose changes make every execution run. */
  ALWAYS_RELEVANT,
  /** The goal that writes goldens from the live API. */
  RECORD_GOAL,
  /** A deployed API whose answers the diff goal compares the candidate's with. */
  BASELINE_URL,
  /** The git ref whose tree the diff goal starts the baseline API from. */
  BASELINE_REF,
  /** The baseline's own command or compose configuration, when not the execution's. */
  BASELINE,
  /** How many extra calls the baseline answers per sample, to measure its noise. */
  NOISE_CALLS,
  /** How many times an output's measured noise a candidate difference may be and count as noise. */
  NOISE_FACTOR,
  /** Run the baseline first and the candidate after it, never both at once. */
  SEQUENTIAL,
  /** How many times calibrate sends each sample. */
  CALLS,
  /** How many times the largest spread calibrate proposes as tolerance. */
  SAFETY_FACTOR,
  /** The goal that measures the API's own noise. */
  CALIBRATE_GOAL;

  private static final char OPEN = '\u27E6';
  private static final char CLOSE = '\u27E7';
  private static final Pattern MARKER =
      Pattern.compile(OPEN + "([A-Z_]+)(?:=([^" + CLOSE + "]*))?" + CLOSE);

  /** The setting itself, e.g. rendered {@code <healthTimeout> (-Dpredcheck.healthTimeout)}. */
  @Override
  public String toString() {
    return OPEN + name() + CLOSE;
  }

  /** The setting with a value, e.g. rendered {@code -Dpredcheck.record=missing}. */
  public String is(String value) {
    return OPEN + name() + "=" + value + CLOSE;
  }

  /**
   * Replaces every marker in a message: {@code names} gets the setting and its value (null when
   * none) and returns the text the user reads.
   */
  public static String render(String text, BiFunction<Setting, String, String> names) {
    if (text == null || text.indexOf(OPEN) < 0) {
      return text;
    }
    Matcher m = MARKER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(names.apply(valueOf(m.group(1)), m.group(2))));
    }
    return m.appendTail(out).toString();
  }

  /** A message without a build tool's names: each setting by its own name, for tests and logs. */
  public static String plain(String text) {
    return render(text, (s, v) -> v == null ? s.name() : s.name() + "=" + v);
  }
}
