package io.github.predcheck.maven;

import io.github.predcheck.core.Setting;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the pom spells each setting the core names in its messages: the element (nested ones as a
 * path) and the user property. The one place a renamed parameter changes besides its field.
 */
final class PomNames {
  /** An element path and its {@code -D} property, null for nested elements. */
  record Name(List<String> elements, String property) {}

  static final Map<Setting, Name> NAMES = new EnumMap<>(Setting.class);

  /** Map parameters: with a value, the entry's element, e.g. {@code <headers><Authorization>}. */
  private static final Set<Setting> MAP_ENTRIES =
      EnumSet.of(Setting.HEADERS, Setting.COMMAND_ENVIRONMENT, Setting.COMPOSE_ENVIRONMENT);

  static {
    put(Setting.GOLDEN, UserProperties.GOLDEN, "golden");
    put(Setting.GOLDEN_JSON, UserProperties.GOLDEN_JSON, "goldenJson");
    put(Setting.SAMPLES, UserProperties.SAMPLES, "samples");
    put(Setting.REQUEST_TEMPLATE, UserProperties.REQUEST_TEMPLATE, "requestTemplate");
    put(Setting.COLUMNS_ID, null, "columns", "id");
    put(Setting.COLUMNS_VALUE, null, "columns", "value");
    put(Setting.COLUMNS_NAME, null, "columns", "name");
    put(Setting.OUTPUTS, null, "outputs");
    put(Setting.OUTPUT_POINTER, null, "outputs", "output", "pointer");
    put(Setting.ENDPOINT, UserProperties.ENDPOINT, "endpoint");
    put(Setting.HEALTH_URL, UserProperties.HEALTH_URL, "healthUrl");
    put(Setting.HEALTH_CONDITION, UserProperties.HEALTH_CONDITION, "healthCondition");
    put(Setting.READY_URL, UserProperties.READY_URL, "readyUrl");
    put(Setting.READY_CONDITION, UserProperties.READY_CONDITION, "readyCondition");
    put(Setting.HEALTH_TIMEOUT, UserProperties.HEALTH_TIMEOUT, "healthTimeout");
    put(Setting.REQUEST_TIMEOUT, UserProperties.REQUEST_TIMEOUT, "requestTimeout");
    put(
        Setting.MAX_CONSECUTIVE_FAILURES,
        UserProperties.MAX_CONSECUTIVE_FAILURES,
        "maxConsecutiveFailures");
    put(Setting.MAX_RESPONSE_BYTES, UserProperties.MAX_RESPONSE_BYTES, "maxResponseBytes");
    put(Setting.COMMAND, null, "command");
    put(Setting.COMMAND_EXECUTABLE, null, "command", "executable");
    put(Setting.COMPOSE, null, "compose");
    put(Setting.COMPOSE_SERVICES, null, "compose", "services");
    put(Setting.COMPOSE_PORT_SERVICE, null, "compose", "portService");
    put(Setting.COMPOSE_CONTAINER_PORT, null, "compose", "containerPort");
    put(Setting.COMPOSE_COMMAND, UserProperties.COMPOSE_COMMAND, "composeCommand");
    put(Setting.HEADERS, null, "headers");
    put(Setting.COMMAND_ENVIRONMENT, null, "command", "environment");
    put(Setting.COMPOSE_ENVIRONMENT, null, "compose", "environment");
    put(Setting.MAX_ROWS, UserProperties.MAX_ROWS, "maxRows");
    put(Setting.RECORD, UserProperties.RECORD, "record");
    put(Setting.SHARD, UserProperties.SHARD, "shard");
    put(Setting.SHARD_RESULTS, UserProperties.SHARD_RESULTS, "shardResults");
    put(Setting.CHANGED_SINCE, UserProperties.CHANGED_SINCE, "changedSince");
    put(Setting.PATHS, null, "paths");
    put(Setting.ALWAYS_RELEVANT, UserProperties.ALWAYS_RELEVANT, "alwaysRelevant");
    put(Setting.RECORD_GOAL, null);
    put(Setting.BASELINE_URL, UserProperties.BASELINE_URL, "baselineUrl");
    put(Setting.BASELINE_REF, UserProperties.BASELINE_REF, "baselineRef");
    put(Setting.BASELINE, null, "baseline");
    put(Setting.NOISE_CALLS, UserProperties.NOISE_CALLS, "noiseCalls");
    put(Setting.NOISE_FACTOR, UserProperties.NOISE_FACTOR, "noiseFactor");
    put(Setting.SEQUENTIAL, UserProperties.SEQUENTIAL, "sequential");
    put(Setting.CALLS, UserProperties.CALLS, "calls");
    put(Setting.SAFETY_FACTOR, UserProperties.SAFETY_FACTOR, "safetyFactor");
    put(Setting.CALIBRATE_GOAL, null);
  }

  private PomNames() {}

  private static void put(Setting setting, String property, String... elements) {
    NAMES.put(setting, new Name(List.of(elements), property));
  }

  /** A core message with every setting in the pom's words. */
  static String render(String text) {
    return Setting.render(text, PomNames::name);
  }

  /**
   * {@code <healthTimeout> (-Dpredcheck.healthTimeout)}; with a value, {@code
   * -Dpredcheck.record=missing} or {@code <command><executable>java</executable>}.
   */
  static String name(Setting setting, String value) {
    if (setting == Setting.RECORD_GOAL) {
      return "'mvn predcheck:record@<execution id>'";
    }
    if (setting == Setting.CALIBRATE_GOAL) {
      return "'mvn predcheck:calibrate@<execution id>'";
    }
    Name n = NAMES.get(setting);
    StringBuilder tags = new StringBuilder();
    n.elements().forEach(e -> tags.append('<').append(e).append('>'));
    if (value == null) {
      return n.property() == null ? tags.toString() : tags + " (-D" + n.property() + ")";
    }
    if (n.property() != null) {
      return "-D" + n.property() + "=" + value;
    }
    if (MAP_ENTRIES.contains(setting)) {
      return tags + "<" + value + ">";
    }
    return tags + value + "</" + n.elements().get(n.elements().size() - 1) + ">";
  }
}
