package io.github.predcheck.report;

import io.github.predcheck.compare.NoiseJudge;
import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Doubles;
import io.github.predcheck.run.DiffSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sortable, filterable table of the values compared: every one that did not pass, and passing
 * ones up to a cap, so that a page of 100,000 samples stays usable.
 */
final class HtmlValueTable {
  static final int MAX_PASSING = 1_000;
  private static final int MAX_MESSAGE = 300;

  /** The columns; a diff's have the baseline's noise before the status. */
  private static List<String[]> heads(Sides sides, DiffSummary diff) {
    List<String[]> heads = new ArrayList<>();
    heads.add(new String[] {"sample", ""});
    heads.add(new String[] {"output", ""});
    heads.add(new String[] {sides.expected(), "num"});
    heads.add(new String[] {sides.actual(), "num"});
    heads.add(new String[] {"abs error", "num"});
    heads.add(new String[] {"rel error", "num"});
    heads.add(new String[] {"allowed |" + sides.actual() + " − " + sides.expected() + "|", "num"});
    if (diff != null) {
      heads.add(new String[] {"baseline noise (rel)", "num"});
    }
    heads.add(new String[] {"status", ""});
    return heads;
  }

  static void write(HtmlWriter w, List<ValueResult> all, Sides sides, DiffSummary diff) {
    List<ValueResult> rows = pick(all);
    w.open("div").attr("class", "tools");
    w.open("input")
        .attr("id", "filter")
        .attr("type", "search")
        .attr("placeholder", "Filter rows (sample, output, message…)")
        .attr("aria-label", "Filter rows")
        .close();
    w.open("select").attr("id", "status").attr("aria-label", "Status");
    w.open("option").attr("value", "").text("All statuses").close();
    for (Status st : Status.values()) {
      w.open("option").attr("value", st.name()).text(st.name()).close();
    }
    w.close("select")
        .open("span")
        .attr("id", "shown")
        .attr("class", "muted")
        .text(rows.size() + " rows")
        .close()
        .close("div");
    if (rows.size() < all.size()) {
      w.element(
          "p",
          "note",
          "The table shows "
              + rows.size()
              + " of "
              + all.size()
              + " values: every DIVERGED, ERROR and NEW one, and the first "
              + MAX_PASSING
              + " that passed. The obtained file beside this report holds every value the API"
              + " returned.");
    }
    w.open("div")
        .attr("class", "scroll")
        .open("table")
        .attr("id", "values")
        .open("thead")
        .open("tr");
    for (String[] h : heads(sides, diff)) {
      w.element("th", h[1].isEmpty() ? "sortable" : "sortable " + h[1], h[0]);
    }
    w.close("tr").close("thead").open("tbody");
    Map<String, NoiseJudge.Row> noise = diff == null ? Map.of() : diff.rowsByGroup();
    for (ValueResult v : rows) {
      w.open("tr")
          .attr("class", "st-" + v.status().name())
          .element("td", "v id", v.sampleId())
          .element("td", v.output());
      text(w, v.expected());
      text(w, v.actual());
      number(w, v.absError());
      number(w, v.relError());
      number(w, v.numeric() ? v.allowed() : Double.NaN);
      if (diff != null) {
        NoiseJudge.Row row = noise.get(diff.groupOf().apply(v.output()));
        number(w, row == null ? Double.NaN : row.noise().relative());
      }
      // The message goes under the status: most rows have none, so a column would be empty.
      w.open("td")
          .attr("class", "st")
          .element("span", "pill " + v.status().name(), v.status().name());
      if (v.message() != null) {
        String m = v.message();
        String cut = m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m;
        w.open("div").attr("class", "msg").attr("title", m).text(cut).close();
      }
      w.close("td").close("tr").text("\n");
    }
    w.close("tbody").close("table").close("div");
  }

  /** Every value that did not pass, and the first passes up to the cap, in the original order. */
  static List<ValueResult> pick(List<ValueResult> all) {
    List<ValueResult> out = new ArrayList<>();
    int passes = 0;
    for (ValueResult v : all) {
      if (v.status() != Status.PASS || passes++ < MAX_PASSING) {
        out.add(v);
      }
    }
    return out;
  }

  /** An expected or actual cell: sorts by its number when it is one, else by nothing. */
  private static void text(HtmlWriter w, String value) {
    Double d = value == null ? null : Doubles.parse(value);
    // Numbers stay on one line; other text (labels, markup the API sent) may wrap.
    w.open("td")
        .attr("class", d == null ? "num v txt" : "num v")
        .attr("data-v", d == null || d.isNaN() ? null : d.toString());
    if (value == null) {
      w.element("span", "muted", "–");
    } else {
      w.text(value);
    }
    w.close();
  }

  private static void number(HtmlWriter w, double value) {
    w.open("td")
        .attr("class", "num")
        .attr("data-v", Double.isNaN(value) ? null : Double.toString(value))
        .text(Numbers.format(value))
        .close();
  }
}
