package io.github.predcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Escaping by construction: a sample id and an error message holding {@code
 * <script>alert(1)</script>} reach tables, lists and attributes, and everywhere are text.
 */
class HtmlReportEscapingTest {
  /** Every element the report writes; any other {@code <} would be markup from the data. */
  private static final Set<String> ELEMENTS =
      Set.of(
          "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
          "h1", "h2", "h3", "p", "div", "span", "br", "ul", "li", "table", "thead", "tbody", "tr",
          "th", "td", "input", "select", "option", "script", "svg", "rect", "line", "circle",
          "text", "g");

  private static final Pattern TAG = Pattern.compile("<(/?)([^\\s>/]*)([^>]*)>");

  /** Attributes in double quotes, whose values hold no quote or markup. */
  private static final Pattern ATTRIBUTES =
      Pattern.compile("(\\s+[a-zA-Z][a-zA-Z0-9-]*=\"[^\"<>]*\")*\\s*/?");

  @Test
  void hostileTextIsTextWhereverItAppears() throws Exception {
    String html = HtmlReport.text(ReportFixtures.hostile(), false);
    String id = Html.escape(ReportFixtures.HOSTILE_ID);
    assertThat(id).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\u0000", "\\ud800");
    // Its two values diverged: in the table of divergences and in the table of every value.
    assertThat(count(html, ">" + id + "</td>")).isEqualTo(2 + 2);
    String error = Html.escape("HTTP 500: " + ReportFixtures.HOSTILE);
    // Two values failed with it: one cause in the list, a message and its tooltip in each row.
    assertThat(count(html, ">" + error + "</span>")).isEqualTo(1);
    assertThat(count(html, "<div class=\"msg\" title=\"" + error + "\">" + error + "</div>"))
        .isEqualTo(2);
    assertThat(html).doesNotContain("<script>alert", "\u0000", "\u001b", "\uD800 ");
  }

  @Test
  void everyTagInTheReportIsOneTheReportWrites() throws Exception {
    String html = HtmlReport.text(ReportFixtures.hostile(), false);
    String page = html.substring(html.indexOf("<html"));
    // The style and the script are the plugin's own and hold no data.
    page =
        page.replaceFirst("(?s)<style>.*?</style>", "<style></style>")
            .replaceFirst("(?s)<script>.*?</script>", "<script></script>");
    Matcher tag = TAG.matcher(page);
    int tags = 0;
    while (tag.find()) {
      tags++;
      assertThat(ELEMENTS).as(tag.group()).contains(tag.group(2));
      if (tag.group(1).isEmpty()) {
        assertThat(tag.group(3)).as(tag.group()).matches(ATTRIBUTES);
      } else {
        assertThat(tag.group(3)).as(tag.group()).isEmpty();
      }
    }
    assertThat(tags).isGreaterThan(500);
    // Every < is a tag's: none is left in text or attribute values.
    assertThat(TAG.matcher(page).replaceAll("")).doesNotContain("<", ">");
    assertThat(html.split("<script", -1)).hasSize(2);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
