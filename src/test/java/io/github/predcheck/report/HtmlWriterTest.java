package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  private static final String MARKUP = "<a href='x'>\"&\"</a>";
  private static final String MARKUP_ESCAPED =
      "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;";

  @Test
  void textIsEscaped() {
    assertThat(html(w -> w.element("p", MARKUP))).isEqualTo("<p>" + MARKUP_ESCAPED + "</p>");
    assertThat(html(w -> w.open("td").text("a < b").text(" & c").close()))
        .isEqualTo("<td>a &lt; b &amp; c</td>");
  }

  @Test
  void attributeValuesAreEscaped() {
    assertThat(html(w -> w.open("div").attr("title", "\" onclick='x' <b>&").close()))
        .isEqualTo("<div title=\"&quot; onclick=&#39;x&#39; &lt;b&gt;&amp;\"></div>");
    assertThat(html(w -> w.element("span", MARKUP, "x")))
        .isEqualTo("<span class=\"" + MARKUP_ESCAPED + "\">x</span>");
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeVisible() {
    String text = "a\u0000b\u001bc\uD800d\te 図面 😀";
    String visible = "a\\u0000b\\u001bc\\ud800d\te 図面 😀";
    assertThat(html(w -> w.open("td").attr("title", text).text(text).close()))
        .isEqualTo("<td title=\"" + visible + "\">" + visible + "</td>");
  }

  @Test
  void nullTextWritesNothingAndANullAttributeIsLeftOut() {
    assertThat(html(w -> w.open("td").attr("data-v", null).attr("class", "num").text(null).close()))
        .isEqualTo("<td class=\"num\"></td>");
  }

  @Test
  void numbersAreWrittenAsIs() {
    assertThat(html(w -> w.open("td").attr("colspan", 2).text(-12_345L).close()))
        .isEqualTo("<td colspan=\"2\">-12345</td>");
  }

  @Test
  void nestedElementsCloseInnermostFirst() {
    String html =
        html(
            w ->
                w.open("table")
                    .attr("id", "t")
                    .open("tbody")
                    .open("tr")
                    .element("td", "a")
                    .element("td", "num", "1")
                    .close("tr")
                    .open("tr")
                    .element("td", "b")
                    .open("td")
                    .close()
                    .close()
                    .close("tbody")
                    .close("table"));
    assertThat(html)
        .isEqualTo(
            "<table id=\"t\"><tbody><tr><td>a</td><td class=\"num\">1</td></tr>"
                + "<tr><td>b</td><td></td></tr></tbody></table>");
  }

  @Test
  void voidElementsHaveNoEndTagAndNoContent() {
    assertThat(
            html(
                w ->
                    w.open("p")
                        .text("a")
                        .open("br")
                        .close()
                        .text("b")
                        .open("input")
                        .attr("id", "filter")
                        .close()
                        .close()))
        .isEqualTo("<p>a<br>b<input id=\"filter\"></p>");
    assertThatThrownBy(() -> html(w -> w.open("br").text("x")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emptyElementsSelfCloseOnlyInsideSvg() {
    String html =
        html(
            w ->
                w.open("div")
                    .open("svg")
                    .attr("viewBox", "0 0 1 1")
                    .open("rect")
                    .attr("x", "1")
                    .close()
                    .open("circle")
                    .element("title", "a<b")
                    .close()
                    .close("svg")
                    .open("div")
                    .close()
                    .close("div"));
    assertThat(html)
        .isEqualTo(
            "<div><svg viewBox=\"0 0 1 1\"><rect x=\"1\"/><circle>"
                + "<title>a&lt;b</title></circle></svg><div></div></div>");
  }

  @Test
  void misnestingFails() {
    assertThatThrownBy(() -> html(w -> w.open("tr").open("td").close("tr")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<td> is open");
    assertThatThrownBy(() -> html(w -> w.open("p").close().close()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no element is open");
    assertThatThrownBy(() -> html(w -> w.open("p").open("span")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[span, p]");
    assertThatThrownBy(() -> html(w -> w.open("p").text("x").attr("class", "late")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after the content");
    assertThatThrownBy(() -> html(w -> w.open("html").doctype()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void namesMustBePlainNames() {
    for (String name : new String[] {"", "td onclick=x", "a\"", "a>", "1a", "-a", "x=", "図"}) {
      assertThatThrownBy(() -> html(w -> w.open(name).close()))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> html(w -> w.open("p").attr(name, "v").close()))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(html(w -> w.open("meta").attr("http-equiv", "x").attr("viewBox", "y").close()))
        .isEqualTo("<meta http-equiv=\"x\" viewBox=\"y\">");
  }

  @Test
  void trustedAssetsAreTheOnlyUnescapedText() {
    String page =
        html(
            w ->
                w.doctype()
                    .open("head")
                    .open("meta")
                    .attr("http-equiv", "Content-Security-Policy")
                    .trustedAttr("content", TrustedAsset.CSP)
                    .close()
                    .open("style")
                    .trustedRaw(TrustedAsset.STYLE)
                    .close("style")
                    .close());
    assertThat(page)
        .startsWith(
            "<!DOCTYPE html>\n<head>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .contains("<style>" + TrustedAsset.STYLE.text() + "</style></head>")
        .contains("\"Segoe UI\"");
  }

  @Test
  void assetsComeFromTheClasspathAndCannotEndTheirElement() {
    assertThat(TrustedAsset.STYLE.text())
        .contains("th.sortable::after{content:\" \\2195\"")
        .doesNotContainIgnoringCase("</style");
    assertThat(TrustedAsset.SCRIPT.text())
        .contains("document.body.setAttribute('data-ready', '1')")
        .doesNotContainIgnoringCase("</script");
    assertThat(TrustedAsset.CSP.text()).doesNotContain("\"").startsWith("default-src 'none';");
  }

  private static String html(Consumer<HtmlWriter> write) {
    StringBuilder out = new StringBuilder();
    HtmlWriter w = new HtmlWriter(out);
    write.accept(w);
    w.finish();
    return out.toString();
  }
}
