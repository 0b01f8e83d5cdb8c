package io.github.predcheck.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entries of one map setting ({@code headers}, an {@code environment}) with their {@code
 * {env:NAME}} references resolved, and the mask for output that may echo them: a started API's log,
 * a command's output.
 */
public final class Secrets {
  public static final Secrets NONE = new Secrets(Map.of());

  private final Map<String, Secret> values;
  private final List<String> hidden;

  private Secrets(Map<String, Secret> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    List<String> all = new ArrayList<>();
    values.values().forEach(s -> all.addAll(s.hidden()));
    // The longest first, so that a whole value is masked before a part of it.
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.hidden = List.copyOf(all.stream().distinct().toList());
  }

  /** The texts resolved from this process's environment; {@code where} names them in messages. */
  public static Secrets resolve(Map<String, String> texts, Setting where)
      throws ConfigurationException {
    return resolve(texts, where, System::getenv);
  }

  public static Secrets resolve(
      Map<String, String> texts, Setting where, Function<String, String> env)
      throws ConfigurationException {
    if (texts == null || texts.isEmpty()) {
      return NONE;
    }
    Map<String, Secret> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      values.put(e.getKey(), Secret.resolve(e.getValue(), where, e.getKey(), env));
    }
    return new Secrets(values);
  }

  /**
   * Texts that a configuration check has resolved before: the environment does not change while the
   * build runs, so a reference that fails here was never checked, a programming error.
   */
  public static Secrets resolveChecked(Map<String, String> texts, Setting where) {
    try {
      return resolve(texts, where);
    } catch (ConfigurationException e) {
      throw new IllegalStateException(Setting.plain(e.getMessage()), e);
    }
  }

  /**
   * The values to send (request headers, a child process's environment), in the configured order;
   * the map prints masked.
   */
  public Map<String, String> reveal() {
    MaskedMap out = new MaskedMap();
    values.forEach((k, v) -> out.put(k, v.reveal()));
    return Collections.unmodifiableMap(out);
  }

  /** Whether no value came from the environment: then there is nothing to mask. */
  public boolean hidesNothing() {
    return hidden.isEmpty();
  }

  /** The text with every value read from the environment replaced by {@value Secret#MASK}. */
  public String mask(String text) {
    if (text == null || hidden.isEmpty()) {
      return text;
    }
    String out = text;
    for (String h : hidden) {
      out = out.replace(h, Secret.MASK);
    }
    return out;
  }

  public List<String> mask(List<String> lines) {
    return hidden.isEmpty() ? lines : lines.stream().map(this::mask).toList();
  }

  /** The keys with masked values, e.g. {@code {MODEL_TOKEN=***}}. */
  @Override
  public String toString() {
    return values.toString();
  }
}
