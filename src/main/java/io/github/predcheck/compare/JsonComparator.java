package io.github.predcheck.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.json.Json;
import io.github.predcheck.json.MemberSelector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Compares an expected JSON document with the response structurally: objects by key set (missing
 * and unexpected keys listed), arrays by position after their length (an Open Inference Protocol v2
 * answer's {@code /outputs} by name), numbers with the tolerance of their path, other values
 * exactly, and the ranking of classifier scores where asked. Every value compared gives one result,
 * named by its JSON Pointer.
 */
public final class JsonComparator {
  private static final String OUTPUTS = "outputs";
  private static final String NAME = "name";
  private final JsonRules rules;

  public JsonComparator(JsonRules rules) {
    this.rules = rules;
  }

  /**
   * The results in document order; the numbers among them are held as columns ({@link SampleResult}
   * explains).
   */
  public List<ValueResult> compare(String sampleId, JsonNode expected, JsonNode actual) {
    ValueColumns.Builder out = new ValueColumns.Builder(sampleId);
    // One path, pushed and popped on the way down: no list or pointer text per value.
    PathStack path = new PathStack();
    if (!rules.ignored(path)) {
      if (expected.isContainerNode()) {
        container(path, expected, actual, out);
      } else {
        out.add(leaf(sampleId, pointer(path), expected, actual));
      }
    }
    return out.build();
  }

  private void container(
      PathStack path, JsonNode expected, JsonNode actual, ValueColumns.Builder out) {
    String id = out.sampleId();
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
      int parent = out.parent(Json.pointer(path));
      out.expect(expected.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        path.push(key);
        if (!rules.ignored(path)) {
          JsonNode a = actual.get(key);
          if (a == null) {
            out.add(structural(id, pointer(path), e.getValue(), null, "missing key '" + key + "'"));
          } else {
            member(path, parent, key, -1, e.getValue(), a, null, out);
          }
        }
        path.pop();
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        path.push(key);
        if (!expected.has(key) && !rules.ignored(path)) {
          out.add(
              structural(id, pointer(path), null, actual.get(key), "unexpected key '" + key + "'"));
        }
        path.pop();
      }
      if (rules.ranked(path)) {
        rank(id, where, keysByScore(expected), keysByScore(actual), out);
      }
      return;
    }
    if (!actual.isArray()) {
      out.add(
          structural(
              id, where, expected, actual, "expected an array, the API returned " + kind(actual)));
      return;
    }
    if (outputsByName(path, expected, actual)) {
      byName(path, expected, actual, out);
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
    int parent = out.parent(Json.pointer(path));
    out.expect(expected.size());
    // Unless a rule names an index, what holds for one member holds for all: asked once.
    boolean alike = !rules.namesIndexes();
    Boolean ignored = null;
    Tolerance tolerance = null;
    for (int i = 0; i < expected.size(); i++) {
      path.push(i);
      if (ignored == null || !alike) {
        ignored = rules.ignored(path);
      }
      if (!ignored) {
        JsonNode e = expected.get(i);
        if (!e.isContainerNode() && (tolerance == null || !alike)) {
          tolerance = rules.toleranceFor(path);
        }
        member(path, parent, null, i, e, actual.get(i), tolerance, out);
      }
      path.pop();
    }
    if (rules.ranked(path)) {
      rank(id, where, indexesByScore(expected), indexesByScore(actual), out);
    }
  }

  /**
   * Whether the array is an Open Inference Protocol v2 answer's {@code /outputs}, each named once
   * on both sides: servers may order them as they like, so they are compared by name.
   */
  private static boolean outputsByName(PathStack path, JsonNode expected, JsonNode actual) {
    return path.size() == 1
        && path.get(0).equals(OUTPUTS)
        && names(expected) != null
        && names(actual) != null;
  }

  /** Each element's string {@code name}, in order; null when one has none or two share one. */
  private static Set<String> names(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode e : array) {
      JsonNode name = e.get(NAME);
      if (!e.isObject() || name == null || !name.isTextual() || !names.add(name.textValue())) {
        return null;
      }
    }
    return names;
  }

  /**
   * Elements matched by name, each at {@code /outputs/[name=thickness]}; a name on one side only is
   * missing or unexpected, as an object's key is.
   */
  private void byName(
      PathStack path, JsonNode expected, JsonNode actual, ValueColumns.Builder out) {
    Map<String, JsonNode> left = new LinkedHashMap<>();
    actual.forEach(a -> left.put(a.get(NAME).textValue(), a));
    String id = out.sampleId();
    for (JsonNode e : expected) {
      String name = e.get(NAME).textValue();
      JsonNode a = left.remove(name);
      path.push(new MemberSelector(NAME, name).segment());
      if (rules.ignored(path)) {
        path.pop();
        continue;
      }
      if (a == null) {
        out.add(structural(id, pointer(path), e, null, "missing output '" + name + "'"));
      } else {
        container(path, e, a, out);
      }
      path.pop();
    }
    for (Map.Entry<String, JsonNode> a : left.entrySet()) {
      path.push(new MemberSelector(NAME, a.getKey()).segment());
      if (!rules.ignored(path)) {
        out.add(
            structural(
                id, pointer(path), null, a.getValue(), "unexpected output '" + a.getKey() + "'"));
      }
      path.pop();
    }
  }

  /**
   * A member of an object (its key) or an array (its index), at the end of the path; {@code
   * tolerance} is the path's, when known already.
   */
  private void member(
      PathStack path,
      int parent,
      String key,
      int index,
      JsonNode expected,
      JsonNode actual,
      Tolerance tolerance,
      ValueColumns.Builder out) {
    if (expected.isContainerNode()) {
      container(path, expected, actual, out);
      return;
    }
    if (expected.isNumber()
        && actual.isNumber()
        && textFromDouble(expected)
        && out.addNumber(
            parent,
            key,
            index,
            expected.doubleValue(),
            expected.isIntegralNumber(),
            actual.doubleValue(),
            tolerance != null ? tolerance : rules.toleranceFor(path))) {
      return;
    }
    out.add(leaf(out.sampleId(), pointer(path), path, expected, actual));
  }

  /** Whether the golden number's text can be made again from its double, as the columns do. */
  private static boolean textFromDouble(JsonNode number) {
    if (!number.isIntegralNumber()) {
      return true;
    }
    long exact = 1L << 53;
    return number.canConvertToLong() && number.longValue() >= -exact && number.longValue() <= exact;
  }

  private ValueResult leaf(String id, String where, JsonNode expected, JsonNode actual) {
    return leaf(id, where, List.of(), expected, actual);
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
      String id,
      String where,
      List<String> expected,
      List<String> actual,
      ValueColumns.Builder out) {
    // Sets, not List.contains: a ranked array of a million scores stays linear.
    Set<String> inExpected = new HashSet<>(expected);
    Set<String> inActual = new HashSet<>(actual);
    List<String> common = actual.stream().filter(inExpected::contains).toList();
    List<String> wanted = expected.stream().filter(inActual::contains).toList();
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

  /** The JSON Pointer of a path; the whole document shows as "/" so that reports name it. */
  static String pointer(List<String> path) {
    return path.isEmpty() ? "/" : Json.pointer(path);
  }
}
