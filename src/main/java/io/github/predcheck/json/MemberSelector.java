package io.github.predcheck.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * predcheck's extension of JSON Pointer: on an array, the segment {@code [member=value]} selects
 * the element whose member has that value, e.g. {@code /outputs/[name=thickness]/data/0} in an Open
 * Inference Protocol v2 answer, whose outputs a server may order as it likes. On an object the same
 * segment is a member name, as RFC 6901 says, so a member literally named {@code [a=b]} is still
 * reached: an RFC 6901 array segment is an index or {@code -}, never this. The member name is what
 * precedes the first {@code =}; {@code ~1} and {@code ~0} escape {@code /} and {@code ~} as in any
 * segment.
 */
public record MemberSelector(String member, String value) {

  /** The selector a segment writes, or null when it writes none. */
  public static MemberSelector parse(String segment) {
    int last = segment.length() - 1;
    if (last < 2 || segment.charAt(0) != '[' || segment.charAt(last) != ']') {
      return null;
    }
    int eq = segment.indexOf('=');
    return eq < 0
        ? null
        : new MemberSelector(segment.substring(1, eq), segment.substring(eq + 1, last));
  }

  /**
   * Whether an element has the member with this value: a string equal to it, or a number or boolean
   * whose JSON text is it ({@code [id=3]}).
   */
  public boolean matches(JsonNode element) {
    JsonNode v = element.get(member);
    if (v == null || !v.isValueNode() || v.isNull()) {
      return false;
    }
    return (v.isTextual() ? v.textValue() : v.toString()).equals(value);
  }

  /** The segment as written: {@code [name=thickness]}. */
  public String segment() {
    return "[" + member + "=" + value + "]";
  }
}
