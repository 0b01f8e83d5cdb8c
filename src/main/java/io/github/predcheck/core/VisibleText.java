package io.github.predcheck.core;

import java.util.function.IntFunction;

/**
 * Makes outside text (from the API, a sample name, a golden file) safe to show, each unsafe
 * character as a visible {@code \u0007}-style escape, so the reader still sees what was sent.
 */
public final class VisibleText {
  private VisibleText() {}

  /**
   * For reports: the characters that XML 1.0 cannot hold even escaped (most control characters,
   * U+FFFE/U+FFFF, lone surrogates) are escaped, so the report stays parseable; line breaks stay.
   */
  public static String of(String text) {
    return escape(text, VisibleText::forReport);
  }

  /**
   * For the console: one line of visible text. Line breaks, tabs, every other control character (an
   * ANSI escape would clear the screen or fake a log line), and the characters that reorder or
   * break lines (bidi overrides, U+2028/U+2029) are shown escaped.
   */
  public static String line(String text) {
    return escape(text, VisibleText::forConsole);
  }

  /** Copies the text, each char that {@code escapes} maps to a non-null string replaced by it. */
  private static String escape(String text, IntFunction<String> escapes) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      String escape = pair ? null : escapes.apply(c);
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(escape != null ? escape : pair ? text.substring(i, i + 2) : String.valueOf(c));
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static String forReport(int c) {
    boolean bad =
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            || c == 0xfffe
            || c == 0xffff
            || Character.isSurrogate((char) c);
    return bad ? unicode(c) : null;
  }

  private static String forConsole(int c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean invisible =
        c < 0x20
            || (c >= 0x7f && c <= 0x9f)
            || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069)
            || c == 0x2028
            || c == 0x2029
            || c == 0xfffe
            || c == 0xffff
            || Character.isSurrogate((char) c);
    return invisible ? unicode(c) : null;
  }

  private static String unicode(int c) {
    return String.format("\\u%04x", c);
  }
}
