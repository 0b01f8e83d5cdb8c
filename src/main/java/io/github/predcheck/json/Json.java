package io.github.predcheck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.predcheck.core.Words;
import java.util.ArrayList;
import java.util.List;

/** The one ObjectMapper of the plugin, JSON Pointers and pretty printing. */
public final class Json {
  /**
   * What a model may answer in one response: a segmentation mask or an embedding as one string of
   * hundreds of megabytes is a real answer (Jackson's default stops strings at 20 M characters).
   * The response is already a Java string, so a string in it is bounded by what fits in one, and
   * the document's length stays unlimited (Jackson's default); the depth stays Jackson's 1000, far
   * beyond any model's answer, which the recursive comparison must walk.
   */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE)
          .maxNestingDepth(1_000)
          .build();

  /**
   * Python's json.dumps writes NaN and Infinity by default; model APIs return them. Numbers are
   * read with jackson-core's FastDoubleParser (exact, as Double.parseDouble): a response of a
   * million numbers takes a fraction of the time, which JsonNumbersTest checks value for value.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                  .build())
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  private Json() {}

  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** Why a text is not JSON, in Jackson's words, and where: "… at line 3 column 7". */
  public static String problem(JsonProcessingException e) {
    String reason = e.getOriginalMessage();
    reason = reason == null ? e.getClass().getSimpleName() : reason.strip();
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return reason;
    }
    return reason + " at line " + at.getLineNr() + " column " + at.getColumnNr();
  }

  /** Indented, with a final line break, as goldens and summaries are written. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The node at a JSON Pointer ("" is the whole document), which may select array elements by a
   * member's value ({@link MemberSelector}); a MissingNode when absent or when no single element
   * matches.
   */
  public static JsonNode at(JsonNode root, String pointer) {
    return find(root, pointer).node();
  }

  /**
   * What a pointer finds: the node, or a MissingNode and, when a {@code [member=value]} segment
   * matched no element or several, why (else null).
   */
  public record Found(JsonNode node, String problem) {}

  public static Found find(JsonNode root, String pointer) {
    if (pointer.indexOf('[') < 0) {
      return new Found(root.at(JsonPointer.compile(pointer)), null);
    }
    List<String> segments = segments(pointer);
    JsonNode node = root;
    for (int i = 0; i < segments.size() && !node.isMissingNode(); i++) {
      String s = segments.get(i);
      MemberSelector selector = node.isArray() ? MemberSelector.parse(s) : null;
      if (selector == null) {
        node = child(node, s);
        continue;
      }
      List<JsonNode> matches = matches(node, selector);
      if (matches.size() != 1) {
        return new Found(MissingNode.getInstance(), noSingle(node, selector, segments, i, matches));
      }
      node = matches.get(0);
    }
    return new Found(node, null);
  }

  /** One step down: a member, an array index, or the one element a selector matches. */
  static JsonNode child(JsonNode node, String segment) {
    if (!node.isArray()) {
      return node.path(segment);
    }
    if (isIndex(segment)) {
      return node.path(Integer.parseInt(segment));
    }
    MemberSelector selector = MemberSelector.parse(segment);
    List<JsonNode> matches = selector == null ? List.of() : matches(node, selector);
    return matches.size() == 1 ? matches.get(0) : MissingNode.getInstance();
  }

  private static List<JsonNode> matches(JsonNode array, MemberSelector selector) {
    List<JsonNode> out = new ArrayList<>(1);
    array.forEach(
        e -> {
          if (selector.matches(e)) {
            out.add(e);
          }
        });
    return out;
  }

  private static String noSingle(
      JsonNode array,
      MemberSelector selector,
      List<String> segments,
      int at,
      List<JsonNode> matches) {
    String where = at == 0 ? "/" : pointer(segments.subList(0, at));
    String which = selector.member() + " = '" + selector.value() + "'";
    if (!matches.isEmpty()) {
      return matches.size()
          + " elements of "
          + where
          + " have "
          + which
          + ", so "
          + pointer(segments)
          + " selects no single one";
    }
    List<String> values = new ArrayList<>();
    array.forEach(
        e -> {
          JsonNode v = e.get(selector.member());
          if (v != null && v.isValueNode()) {
            values.add(v.asText());
          }
        });
    return "no element of "
        + where
        + " has "
        + which
        + (values.isEmpty()
            ? " (none has a member '" + selector.member() + "')"
            : " (there: " + Words.clip(String.join(", ", values), 160) + ")");
  }

  /** Checks a pointer's syntax, returning the reason when it is not a JSON Pointer, else null. */
  public static String pointerProblem(String pointer) {
    try {
      JsonPointer.compile(pointer);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The JSON Pointer of a path of segments, each escaped ('~' as ~0, '/' as ~1). */
  public static String pointer(List<String> segments) {
    StringBuilder b = new StringBuilder();
    segments.forEach(s -> b.append('/').append(escape(s)));
    return b.toString();
  }

  /** One segment as a JSON Pointer writes it: '~' as ~0, '/' as ~1. */
  public static String escape(String segment) {
    return segment.indexOf('~') < 0 && segment.indexOf('/') < 0
        ? segment
        : segment.replace("~", "~0").replace("/", "~1");
  }

  /** An array index that Integer.parseInt reads: 1 to 9 digits, no sign. */
  public static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The segments of a JSON Pointer, unescaped; "" has none. */
  public static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      segments.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }
}
