package io.github.predcheck.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Header or environment values, which may be secrets: {@link #toString()} shows the keys and masks
 * every value. It is also the type of those build parameters: under {@code -X} Maven prints each
 * parameter it sets ({@code (f) headers = …}) through the value's {@code toString()}, and its
 * configurator fills a map parameter of a concrete type with an instance of that type, in the
 * configured order.
 */
public class MaskedMap extends LinkedHashMap<String, String> {
  private static final long serialVersionUID = 1L;

  public MaskedMap() {}

  /** An unmodifiable copy that prints masked. */
  public static Map<String, String> copyOf(Map<String, String> values) {
    MaskedMap copy = new MaskedMap();
    copy.putAll(values);
    return Collections.unmodifiableMap(copy);
  }

  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    keySet().forEach(k -> out.add(k + "=" + Secret.MASK));
    return out.toString();
  }
}
