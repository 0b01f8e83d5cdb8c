package io.github.predcheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Compares an expected JSON document with the response structurally: objects by key set (missing
 * and unexpected keys listed), arrays by position after their length, numbers with the tolerance of
 * their path, other values exactly, and the ranking of classifier scores where asked. Every value
 * compared gives one result, named by its JSON Pointer.
 */
public final class JsonComparator {
  private final JsonRules rules;

  public JsonComparator(JsonRules rules) {
    this.rules = rules;
  }

  public List<ValueResult> compare(String sampleId, JsonNode expected, JsonNode actual) {
    List<ValueResult> out = new ArrayList<>();
    compare(sampleId, new ArrayList<>(), expected, actual, out);
    return out;
  }

  private void compare(
      String id, List<String> path, JsonNode expected, JsonNode actual, List<ValueResult> out) {
    if (rules.ignored(path)) {
      return;
    }
    String where = pointer(path);
    if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(
            structural(
                id,
                where,
                expected,
                actual,
                "expected an object, the API returned " + kind(actual)));
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> child = with(path, e.getKey());
        if (rules.ignored(child)) {
          continue;
        }
        JsonNode a = actual.get(e.getKey());
        if (a == null) {
          out.add(
              structural(
                  id, pointer(child), e.getValue(), null, "missing key '" + e.getKey() + "'"));
        } else {
          compare(id, child, e.getValue(), a, out);
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        List<String> child = with(path, key);
        if (!expected.has(key) && !rules.ignored(child)) {
          out.add(
              structural(
                  id, pointer(child), null, actual.get(key), "unexpected key '" + key + "'"));
        }
      }
      if (rules.ranked(path)) {
        rank(id, where, keysByScore(expected), keysByScore(actual), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray()) {
        out.add(
            structural(
                id,
                where,
                expected,
                actual,
                "expected an array, the API returned " + kind(actual)));
        return;
      }
      if (expected.size() != actual.size()) {
        out.add(
            structural(
                id,
                where,
                expected,
                actual,
                "array length " + actual.size() + ", expected " + expected.size()));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(id, with(path, Integer.toString(i)), expected.get(i), actual.get(i), out);
      }
      if (rules.ranked(path)) {
        rank(id, where, indexesByScore(expected), indexesByScore(actual), out);
      }
    } else {
      out.add(leaf(id, where, path, expected, actual));
    }
  }

  private ValueResult leaf(
      String id, String where, List<String> path, JsonNode expected, JsonNode actual) {
    String e = ValueComparator.textOf(expected);
    if (expected.isNumber() && actual.isNumber()) {
      return ValueComparator.numeric(
          id, where, e, actual.doubleValue(), expected.doubleValue(), rules.toleranceFor(path));
    }
    String a = actual.isValueNode() ? ValueComparator.textOf(actual) : actual.toString();
    Status status = expected.equals(actual) ? Status.PASS : Status.DIVERGED;
    String why =
        status == Status.PASS || sameKind(expected, actual)
            ? null
            : "expected " + kind(expected) + ", the API returned " + kind(actual);
    return new ValueResult(id, where, e, a, Double.NaN, Double.NaN, Double.NaN, status, why);
  }

  /** A top-1 flip between near-tied classes passes the tolerance on each score, but not this. */
  private static void rank(
      String id, String where, List<String> expected, List<String> actual, List<ValueResult> out) {
    List<String> common = actual.stream().filter(expected::contains).toList();
    List<String> wanted = expected.stream().filter(actual::contains).toList();
    String name = where + " (rank)";
    String e = String.join(" > ", wanted);
    String a = String.join(" > ", common);
    if (common.equals(wanted)) {
      out.add(
          new ValueResult(id, name, e, a, Double.NaN, Double.NaN, Double.NaN, Status.PASS, null));
      return;
    }
    String why =
        !wanted.isEmpty() && !common.get(0).equals(wanted.get(0))
            ? "top-1 flip: " + wanted.get(0) + " -> " + common.get(0)
            : "ranking changed";
    out.add(
        new ValueResult(id, name, e, a, Double.NaN, Double.NaN, Double.NaN, Status.DIVERGED, why));
  }

  private static List<String> keysByScore(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (object.get(k).isNumber()) {
                keys.add(k);
              }
            });
    // Stable: equal scores keep the document's order.
    keys.sort(Comparator.comparingDouble((String k) -> object.get(k).doubleValue()).reversed());
    return keys;
  }

  private static List<String> indexesByScore(JsonNode array) {
    return IntStream.range(0, array.size())
        .boxed()
        .filter(i -> array.get(i).isNumber())
        .sorted(Comparator.comparingDouble((Integer i) -> array.get(i).doubleValue()).reversed())
        .map(String::valueOf)
        .toList();
  }

  private static ValueResult structural(
      String id, String where, JsonNode expected, JsonNode actual, String why) {
    return new ValueResult(
        id,
        where,
        expected == null ? null : brief(expected),
        actual == null ? null : brief(actual),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Status.DIVERGED,
        why);
  }

  private static String brief(JsonNode node) {
    String text = node.isValueNode() ? ValueComparator.textOf(node) : node.toString();
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static boolean sameKind(JsonNode a, JsonNode b) {
    return kind(a).equals(kind(b));
  }

  private static String kind(JsonNode n) {
    return n.isNumber()
        ? "a number"
        : n.isTextual()
            ? "a string"
            : n.isBoolean()
                ? "a boolean"
                : n.isNull()
                    ? "null"
                    : n.isObject()
                        ? "an object"
                        : n.isArray() ? "an array" : n.getNodeType().toString();
  }

  private static List<String> with(List<String> path, String segment) {
    List<String> p = new ArrayList<>(path);
    p.add(segment);
    return p;
  }

  /** The JSON Pointer of a path; the whole document shows as "/" so that reports name it. */
  static String pointer(List<String> path) {
    return path.isEmpty() ? "/" : Json.pointer(path);
  }
}
