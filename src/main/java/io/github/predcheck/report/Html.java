package io.github.predcheck.report;

/** Escaping for text that came from the API or the golden file, in HTML text and attributes. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} and makes control characters visible; null becomes "". */
  public static String escape(String text) {
    String s = VisibleText.of(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
