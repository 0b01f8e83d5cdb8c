package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Doubles;
import java.util.ArrayList;
import java.util.List;

/** The sortable, filterable table of every value compared, capped so the page stays usable. */
final class HtmlValueTable {
  static final int MAX_ROWS = 20_000;
  private static final int MAX_MESSAGE = 300;

  private HtmlValueTable() {}

  static String html(List<ValueResult> all) {
    List<ValueResult> rows = pick(all);
    StringBuilder s = new StringBuilder();
    s.append("<div class=\"tools\"><input id=\"filter\" type=\"search\" placeholder=\"Filter rows (sample, output, message…)\"")
        .append(" aria-label=\"Filter rows\"><select id=\"status\" aria-label=\"Status\"><option value=\"\">All statuses</option>");
    for (Status st : Status.values()) {
      s.append("<option value=\"").append(st).append("\">").append(st).append("</option>");
    }
    s.append("</select><span id=\"shown\" class=\"muted\">").append(rows.size()).append(" rows</span></div>");
    if (rows.size() < all.size()) {
      s.append("<p class=\"note\">The table shows ").append(rows.size()).append(" of ").append(all.size())
          .append(" values: every DIVERGED, ERROR and NEW one, then passes in file order. obtained.csv holds")
          .append(" every value the API returned.</p>");
    }
    s.append("<div class=\"scroll\"><table id=\"values\"><thead><tr>");
    String[][] heads = {{"sample", ""}, {"output", ""}, {"expected", "num"}, {"actual", "num"}, {"abs error", "num"},
        {"rel error", "num"}, {"allowed", "num"}, {"status", ""}};
    for (String[] h : heads) {
      s.append("<th class=\"sortable ").append(h[1]).append("\">").append(h[0]).append("</th>");
    }
    s.append("</tr></thead><tbody>");
    for (ValueResult v : rows) {
      s.append("<tr class=\"st-").append(v.status()).append("\"><td class=\"v id\">").append(Html.escape(v.sampleId()))
          .append("</td><td>").append(Html.escape(v.output())).append("</td>");
      text(s, v.expected());
      text(s, v.actual());
      number(s, v.absError());
      number(s, v.relError());
      number(s, v.numeric() ? v.allowed() : Double.NaN);
      // The message goes under the status: most rows have none, so its own column would be mostly empty.
      s.append("<td class=\"st\"><span class=\"pill ").append(v.status()).append("\">").append(v.status()).append("</span>");
      if (v.message() != null) {
        String m = v.message();
        String cut = m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m;
        s.append("<div class=\"msg\" title=\"").append(Html.escape(m)).append("\">").append(Html.escape(cut)).append("</div>");
      }
      s.append("</td></tr>\n");
    }
    return s.append("</tbody></table></div>").toString();
  }

  /** Every non-pass first, then passes, up to the cap; shown in the original order. */
  private static List<ValueResult> pick(List<ValueResult> all) {
    if (all.size() <= MAX_ROWS) {
      return all;
    }
    long problems = all.stream().filter(v -> v.status() != Status.PASS).count();
    long passes = Math.max(0, MAX_ROWS - problems);
    List<ValueResult> out = new ArrayList<>();
    for (ValueResult v : all) {
      if (v.status() != Status.PASS) {
        out.add(v);
      } else if (passes > 0) {
        out.add(v);
        passes--;
      }
    }
    return out.size() > MAX_ROWS ? out.subList(0, MAX_ROWS) : out;
  }

  /** An expected or actual cell: sorts by its number when it is one, else by nothing. */
  private static void text(StringBuilder s, String value) {
    Double d = value == null ? null : Doubles.parse(value);
    // Numbers stay on one line; other text (labels, markup the API sent) may wrap.
    s.append(d == null ? "<td class=\"num v txt\"" : "<td class=\"num v\"");
    if (d != null && !d.isNaN()) {
      s.append(" data-v=\"").append(d).append("\"");
    }
    s.append(">").append(value == null ? "<span class=\"muted\">–</span>" : Html.escape(value)).append("</td>");
  }

  private static void number(StringBuilder s, double value) {
    s.append("<td class=\"num\"");
    if (!Double.isNaN(value)) {
      s.append(" data-v=\"").append(value).append("\"");
    }
    s.append(">").append(Numbers.error(value)).append("</td>");
  }
}
