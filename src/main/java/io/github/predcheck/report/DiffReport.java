package io.github.predcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.predcheck.compare.NoiseJudge;
import io.github.predcheck.core.Log;
import io.github.predcheck.run.DiffSummary;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A diff's own part of every report: per output group, the baseline's measured noise, the largest
 * candidate difference and the verdict; and what the goldens said when they were checked too.
 */
final class DiffReport {
  private static final String[] HEAD = {
    "output",
    "baseline noise (rel)",
    "noise (abs)",
    "allowed as noise (rel)",
    "largest difference (rel)",
    "(abs)",
    "at sample",
    "within noise",
    "moved",
    "verdict"
  };

  private DiffReport() {}

  private static String[] cells(NoiseJudge.Row r) {
    return new String[] {
      r.group(),
      Numbers.format(r.noise().relative()),
      Numbers.format(r.noise().absolute()),
      Numbers.format(r.allowedRelative()),
      Numbers.format(r.largestRelative()),
      Numbers.format(r.largestAbsolute()),
      r.largestAt() == null ? "-" : r.largestAt(),
      Long.toString(r.noisy()),
      Long.toString(r.moved()),
      r.verdict().name()
    };
  }

  static void console(DiffSummary diff, Log log) {
    log.info(
        "Baseline: "
            + diff.baseline()
            + "; "
            + (diff.noiseCalls() + 1)
            + " calls per sample to it, and a candidate difference up to "
            + Numbers.format(diff.noiseFactor())
            + " x an output's noise is noise:");
    TextTable table = new TextTable(HEAD);
    diff.outputs().forEach(r -> table.add(cells(r)));
    table.lines("  ").forEach(log::info);
    goldens(diff).ifPresent(log::info);
  }

  /** What the goldens said of the candidate, when they were checked. */
  static Optional<String> goldens(DiffSummary diff) {
    if (!diff.goldensChecked()) {
      return Optional.empty();
    }
    return Optional.of(
        "Against the golden file: "
            + diff.goldensMoved()
            + " of "
            + diff.goldensCompared()
            + " golden values moved.");
  }

  /** The noise table in the job summary, each cell escaped by {@code cell}. */
  static void markdown(StringBuilder md, DiffSummary diff, UnaryOperator<String> cell) {
    md.append("Baseline: ").append(cell.apply(diff.baseline())).append("\n\n|");
    for (String h : HEAD) {
      md.append(' ').append(h).append(" |");
    }
    md.append("\n|").append("---|".repeat(HEAD.length)).append('\n');
    for (NoiseJudge.Row r : diff.outputs()) {
      md.append('|');
      for (String c : cells(r)) {
        md.append(' ').append(cell.apply(c)).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
    goldens(diff).ifPresent(line -> md.append(line).append("\n\n"));
  }

  static void json(ObjectNode root, DiffSummary diff) {
    ObjectNode o = root.putObject("diff");
    o.put("baseline", diff.baseline());
    o.put("noiseCalls", diff.noiseCalls());
    o.put("noiseFactor", diff.noiseFactor());
    ArrayNode outputs = o.putArray("outputs");
    for (NoiseJudge.Row r : diff.outputs()) {
      ObjectNode row = outputs.addObject();
      row.put("name", r.group());
      SummaryFile.number(row, "noiseRelative", r.noise().relative());
      SummaryFile.number(row, "noiseAbsolute", r.noise().absolute());
      SummaryFile.number(row, "allowedRelative", r.allowedRelative());
      SummaryFile.number(row, "largestRelative", r.largestRelative());
      SummaryFile.number(row, "largestAbsolute", r.largestAbsolute());
      row.put("largestAt", r.largestAt());
      row.put("withinNoise", r.noisy());
      row.put("moved", r.moved());
      row.put("verdict", r.verdict().name());
    }
    ObjectNode goldens = o.putObject("goldens");
    goldens.put("checked", diff.goldensChecked());
    goldens.put("compared", diff.goldensCompared());
    goldens.put("moved", diff.goldensMoved());
  }

  static void html(HtmlWriter w, DiffSummary diff) {
    if (diff == null) {
      return;
    }
    w.open("section")
        .element("h2", "Baseline and noise")
        .element(
            "p",
            "muted",
            "Each sample went to the baseline "
                + (diff.noiseCalls() + 1)
                + " times and to the candidate once. An output's noise is the largest relative"
                + " difference between the baseline's own answers; a candidate difference up to "
                + diff.noiseFactor()
                + " times it is noise, not a divergence.");
    w.open("table").open("thead").open("tr");
    for (String h : HEAD) {
      w.element("th", h);
    }
    w.close("tr").close("thead").open("tbody");
    for (NoiseJudge.Row r : diff.outputs()) {
      w.open("tr").attr("class", r.verdict() == NoiseJudge.Verdict.MOVED ? "diff" : "");
      for (String c : cells(r)) {
        w.element("td", c);
      }
      w.close("tr");
    }
    w.close("tbody").close("table");
    goldens(diff).ifPresent(line -> w.element("p", "note", line));
    w.close("section").text("\n");
  }
}
