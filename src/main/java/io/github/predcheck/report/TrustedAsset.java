package io.github.predcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The only text {@link HtmlWriter} writes unescaped. It ships inside the plugin, so nothing from an
 * API or a golden file can reach it; style and script are resources so they can be edited as CSS
 * and JavaScript, read once, when the report is first written.
 */
enum TrustedAsset {
  STYLE(resource("report.css"), "</style"),
  SCRIPT(resource("report.js"), "</script"),
  /** Forbids every network fetch, so nothing in the data can make the page load anything. */
  CSP(
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:",
      "\"");

  private final String text;

  /** {@code end} would end the element or attribute early and turn the rest into markup. */
  TrustedAsset(String text, String end) {
    if (text.toLowerCase(Locale.ROOT).contains(end)) {
      throw new IllegalStateException(name() + " must not contain " + end);
    }
    this.text = text;
  }

  String text() {
    return text;
  }

  private static String resource(String name) {
    try (InputStream in = TrustedAsset.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource " + name + " is missing from the plugin");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report resource " + name, e);
    }
  }
}
