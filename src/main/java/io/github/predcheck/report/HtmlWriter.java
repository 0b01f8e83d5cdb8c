package io.github.predcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Set;

/**
 * Writes HTML and inline SVG into a StringBuilder or through one to a Writer, after JaCoCo's {@code
 * HTMLElement}: every text and attribute value is escaped here and names must be plain names, so
 * text from an API or a golden file cannot become markup, whoever writes the page. One writer with
 * a stack of open elements, not an object per element, because a report has up to 20,000 table
 * rows.
 *
 * <pre>{@code w.open("td").attr("class", "num").text(value).close();}</pre>
 */
final class HtmlWriter {
  /** HTML elements without an end tag. */
  private static final Set<String> VOID = Set.of("br", "input", "meta");

  private static final int FLUSH_AT = 1 << 16;

  private final StringBuilder out;
  private final Writer sink;
  private final ArrayDeque<String> open = new ArrayDeque<>();

  /** The innermost start tag still lacks its {@code >}: attributes may follow. */
  private boolean inStartTag;

  /** Open svg elements: in SVG an empty element closes as {@code <x/>}, in HTML it may not. */
  private int svgDepth;

  HtmlWriter(StringBuilder out) {
    this.out = out;
    this.sink = null;
  }

  /**
   * Writes through to {@code sink} as elements close, so a page of 100,000 rows is never one
   * String; its IOException comes out of {@link #close()} as an UncheckedIOException.
   */
  HtmlWriter(Writer sink) {
    this.out = new StringBuilder(FLUSH_AT + 1024);
    this.sink = sink;
  }

  /** The HTML5 doctype, which keeps browsers out of quirks mode; only before any element. */
  HtmlWriter doctype() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("the doctype goes before every element");
    }
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /** Starts an element inside the current one; close it with {@link #close()}. */
  HtmlWriter open(String tag) {
    checkName(tag);
    content();
    out.append('<').append(tag);
    open.push(tag);
    inStartTag = true;
    if (tag.equals("svg")) {
      svgDepth++;
    }
    return this;
  }

  /** Adds an escaped attribute to the element just opened; a null value adds nothing. */
  HtmlWriter attr(String name, String value) {
    if (value == null) {
      requireStartTag(name);
      return this;
    }
    attrName(name);
    Html.escapeTo(out, value);
    out.append('"');
    return this;
  }

  HtmlWriter attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /** Escaped text: {@code & < > " '} become references, control characters visible escapes. */
  HtmlWriter text(String text) {
    content();
    Html.escapeTo(out, text);
    return this;
  }

  HtmlWriter text(long value) {
    content();
    out.append(value);
    return this;
  }

  /** An element holding only text, the most common one. */
  HtmlWriter element(String tag, String text) {
    return open(tag).text(text).close();
  }

  /** An element with a class holding only text; a null class adds no attribute. */
  HtmlWriter element(String tag, String cssClass, String text) {
    return open(tag).attr("class", cssClass).text(text).close();
  }

  /** Closes the innermost open element. */
  HtmlWriter close() {
    String tag = open.poll();
    if (tag == null) {
      throw new IllegalStateException("no element is open");
    }
    if (!inStartTag) {
      out.append("</").append(tag).append('>');
    } else if (VOID.contains(tag)) {
      out.append('>');
    } else if (svgDepth > 0) {
      out.append("/>");
    } else {
      out.append("></").append(tag).append('>');
    }
    inStartTag = false;
    if (tag.equals("svg")) {
      svgDepth--;
    }
    if (sink != null && out.length() >= FLUSH_AT) {
      drain();
    }
    return this;
  }

  /** Closes the innermost element, which must be {@code tag}: for elements that span a page. */
  HtmlWriter close(String tag) {
    if (!tag.equals(open.peek())) {
      throw new IllegalStateException("closing <" + tag + "> but <" + open.peek() + "> is open");
    }
    return close();
  }

  /** The plugin's own style or script, unescaped: escaping would break CSS and JavaScript. */
  HtmlWriter trustedRaw(TrustedAsset asset) {
    content();
    out.append(asset.text());
    return this;
  }

  /** An attribute holding one of the plugin's own constants, unescaped (the CSP's quotes). */
  HtmlWriter trustedAttr(String name, TrustedAsset asset) {
    attrName(name);
    out.append(asset.text()).append('"');
    return this;
  }

  /** Checks that every element was closed: an unclosed one would swallow the rest of the page. */
  void finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements left open: " + open);
    }
    if (sink != null) {
      drain();
    }
  }

  private void drain() {
    try {
      sink.append(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.setLength(0);
  }

  /** Writes {@code name="}: only inside a start tag, before any content. */
  private void attrName(String name) {
    requireStartTag(name);
    checkName(name);
    out.append(' ').append(name).append("=\"");
  }

  private void requireStartTag(String attribute) {
    if (!inStartTag) {
      throw new IllegalStateException(
          "attribute " + attribute + " after the content of <" + open.peek() + ">");
    }
  }

  /** Ends the start tag before content; elements without an end tag take none. */
  private void content() {
    if (inStartTag) {
      if (VOID.contains(open.peek())) {
        throw new IllegalStateException("<" + open.peek() + "> cannot have content");
      }
      out.append('>');
      inStartTag = false;
    }
  }

  /** Tag and attribute names are written as they are, so they must be plain names from code. */
  private static void checkName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (i > 0 && ((c >= '0' && c <= '9') || c == '-'));
      if (!ok) {
        throw new IllegalArgumentException("not an element or attribute name: " + name);
      }
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an element or attribute name cannot be empty");
    }
  }
}
