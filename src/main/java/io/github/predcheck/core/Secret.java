package io.github.predcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured value that may be secret: a header or an environment value. {@code {env:NAME}} in
 * the configured text is read from this process's environment, so the build tool only ever sees,
 * and at debug level prints, the reference. {@link #toString()} is {@value #MASK}; the value itself
 * is had only from {@link #reveal()}, where it is sent.
 */
public final class Secret {
  public static final String MASK = "***";

  /**
   * Values read from the environment shorter than this are not masked in output: a reference to
   * {@code {env:CUDA_VISIBLE_DEVICES}} = 0 would otherwise turn every 0 of a log into ***.
   */
  static final int MASKED_LENGTH = 4;

  private static final Pattern REFERENCE = Pattern.compile("\\{env:([^}]*)}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String START = "{env:";

  private final String value;
  private final List<String> hidden;

  private Secret(String value, List<String> hidden) {
    this.value = value;
    this.hidden = List.copyOf(hidden);
  }

  /** A value written as it is, without references. */
  public static Secret literal(String value) {
    return new Secret(Objects.requireNonNull(value, "value"), List.of());
  }

  /**
   * The text with each {@code {env:NAME}} replaced by that variable's value from {@code env}.
   * {@code where} (a map setting) and {@code key} (the entry) name the value in messages.
   */
  public static Secret resolve(String text, Setting where, String key, Function<String, String> env)
      throws ConfigurationException {
    if (text == null) {
      return literal("");
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    List<String> hidden = new ArrayList<>();
    int end = 0;
    while (m.find()) {
      String name = m.group(1);
      if (!NAME.matcher(name).matches()) {
        throw new ConfigurationException(
            where.is(key)
                + " has "
                + m.group()
                + ": a reference names one environment variable, of letters, digits and _,"
                + " e.g. {env:API_TOKEN}.");
      }
      String value = env.apply(name);
      if (value == null || value.isEmpty()) {
        throw new ConfigurationException(
            where.is(key)
                + " refers to "
                + m.group()
                + ", which is "
                + (value == null ? "not set" : "empty")
                + " in the environment this build runs in; export it (export "
                + name
                + "=…; in CI, map the secret to "
                + name
                + "), or write the value without the reference.");
      }
      out.append(text, end, m.start()).append(value);
      hidden.add(value);
      end = m.end();
    }
    out.append(text, end, text.length());
    if (text.indexOf(START, end) >= 0) {
      throw new ConfigurationException(
          where.is(key)
              + " has "
              + START
              + " without its closing }: write a reference as {env:NAME}.");
    }
    if (!hidden.isEmpty()) {
      hidden.add(out.toString());
    }
    return new Secret(out.toString(), hidden);
  }

  /** The names of the variables a text refers to, in order. */
  public static List<String> references(String text) {
    List<String> names = new ArrayList<>();
    if (text != null) {
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The value, for where it is sent: a request header, a child process's environment. */
  public String reveal() {
    return value;
  }

  /** Whether the value came, in part, from the environment. */
  public boolean fromEnvironment() {
    return !hidden.isEmpty();
  }

  /** What output must not show: each value read from the environment, and the whole value. */
  List<String> hidden() {
    return hidden.stream().filter(h -> h.length() >= MASKED_LENGTH).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && s.value.equals(value) && s.hidden.equals(hidden);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Never the value: a secret that reaches a log or a debug dump shows as {@value #MASK}. */
  @Override
  public String toString() {
    return MASK;
  }
}
