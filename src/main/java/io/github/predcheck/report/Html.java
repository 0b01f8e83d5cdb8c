package io.github.predcheck.report;

import io.github.predcheck.core.VisibleText;

/** Escaping for text that came from the API or the golden file, in HTML text and attributes. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} and makes control characters visible; null becomes "". */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
    escapeTo(out, text);
    return out.toString();
  }

  /** As {@link #escape}, straight into {@code out}: the report writes 20,000 rows this way. */
  static void escapeTo(StringBuilder out, String text) {
    String s = VisibleText.of(text);
    int done = 0;
    for (int i = 0; i < s.length(); i++) {
      String reference =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (reference != null) {
        out.append(s, done, i).append(reference);
        done = i + 1;
      }
    }
    out.append(s, done, s.length());
  }
}
