package io.github.predcheck.core;

import java.util.List;

/** Counted nouns and cut lists, the way every message of the plugin writes them. */
public final class Words {
  private Words() {}

  /** "1 sample", "2 samples". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The first {@code max} items and how many more: "a, b, … (3 more)". */
  public static String cut(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + ", … (" + (items.size() - max) + " more)";
  }

  /** The text cut to {@code max} characters, with an ellipsis when cut. */
  public static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
