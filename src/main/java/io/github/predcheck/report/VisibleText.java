package io.github.predcheck.report;

/**
 * Makes API text safe to put in a report: characters that XML 1.0 cannot hold even escaped (most
 * control characters, U+FFFE/U+FFFF, lone surrogates) become a visible {@code \u0007}-style escape,
 * so the reader still sees what the API sent and the report stays parseable.
 */
public final class VisibleText {
  private VisibleText() {}

  public static String of(String text) {
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
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean bad =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE
              || c == 0xFFFF
              || Character.isSurrogate(c);
      if (bad && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (bad) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
