package io.github.predcheck.report;

import static io.github.predcheck.report.PlotAxis.px;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import java.util.ArrayList;
import java.util.List;

/**
 * An inline SVG histogram of one output's relative errors in log10 bins, since they span 1e-16 to 1
 * and beyond. Exact zeros get their own bin, as do infinite errors; divergences stack in red.
 */
final class ErrorHistogram {
  private static final int MAX_DECADES = 40;
  private static final double X0 = 44;
  private static final double Y0 = 14;
  private static final double W = 300;
  private static final double H = 240;

  private ErrorHistogram() {}

  private record Bin(String label, String range, int[] counts) {}

  /** The histogram and a caption that says how many values it counts. */
  static void write(HtmlWriter w, String output, List<ValueResult> values) {
    List<Double> finite = new ArrayList<>();
    values.forEach(
        v -> {
          if (Double.isFinite(v.relError()) && v.relError() > 0) {
            finite.add(v.relError());
          }
        });
    int hi = finite.stream().mapToInt(ErrorHistogram::decade).max().orElse(0);
    int lo =
        Math.max(
            finite.stream().mapToInt(ErrorHistogram::decade).min().orElse(0), hi - MAX_DECADES);
    List<Bin> bins = new ArrayList<>();
    bins.add(new Bin("0", "exactly 0", new int[2]));
    // Decade bins only when some error is neither 0 nor infinite: all-zero errors need no 1e0.
    for (int e = lo; !finite.isEmpty() && e <= hi; e++) {
      String range = (e == lo ? "below " : "1e" + e + " to ") + "1e" + (e + 1);
      bins.add(new Bin("1e" + e, range, new int[2]));
    }
    Bin inf = new Bin("inf", "infinite (expected 0 or inf)", new int[2]);
    int nan = 0;
    for (ValueResult v : values) {
      double r = v.relError();
      Bin bin =
          Double.isNaN(r)
              ? null
              : r == 0
                  ? bins.get(0)
                  : Double.isInfinite(r) ? inf : bins.get(1 + Math.max(decade(r), lo) - lo);
      if (bin == null) {
        nan++;
      } else {
        bin.counts()[v.status() == Status.DIVERGED ? 1 : 0]++;
      }
    }
    if (inf.counts()[0] + inf.counts()[1] > 0) {
      bins.add(inf);
    }
    int max = bins.stream().mapToInt(b -> b.counts()[0] + b.counts()[1]).max().orElse(0);
    w.open("svg")
        .attr("class", "plot")
        .attr("viewBox", "0 0 360 300")
        .attr("role", "img")
        .attr("aria-label", "relative error histogram, " + output);
    w.open("line")
        .attr("class", "frame")
        .attr("x1", px(X0))
        .attr("y1", px(Y0 + H))
        .attr("x2", px(X0 + W))
        .attr("y2", px(Y0 + H))
        .close();
    PlotAxis.label(w, "tick", X0 - 4, Y0 + 4, "end", Integer.toString(max));
    PlotAxis.label(w, "tick", X0 - 4, Y0 + H, "end", "0");
    double width = W / bins.size();
    int labelEvery = (bins.size() + 9) / 10;
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      double x = X0 + i * width;
      int total = b.counts()[0] + b.counts()[1];
      w.open("g")
          .element(
              "title",
              "relative error "
                  + b.range()
                  + ": "
                  + total
                  + " values"
                  + (b.counts()[1] > 0 ? " (" + b.counts()[1] + " diverged)" : ""));
      double passH = max == 0 ? 0 : H * b.counts()[0] / max;
      double badH = max == 0 ? 0 : H * b.counts()[1] / max;
      bar(w, "bar", x, Y0 + H - passH, width, passH);
      bar(w, "bar bad", x, Y0 + H - passH - badH, width, badH);
      if (total > 0 && bins.size() <= 16) {
        PlotAxis.label(
            w,
            "count",
            x + width / 2,
            Y0 + H - passH - badH - 3,
            "middle",
            Integer.toString(total));
      }
      w.close("g");
      if (i % labelEvery == 0 || i == bins.size() - 1) {
        PlotAxis.label(w, "tick", x + width / 2, Y0 + H + 14, "middle", b.label());
      }
    }
    w.open("text")
        .attr("class", "axis-title")
        .attr("x", px(X0 + W / 2))
        .attr("y", "296")
        .text("relative error (log10 bins)")
        .close();
    w.close("svg");
    w.element(
        "p",
        "caption",
        (values.size() - nan)
            + " values"
            + (nan > 0 ? ", " + nan + " without a relative error (NaN)" : ""));
  }

  private static void bar(HtmlWriter w, String css, double x, double y, double width, double h) {
    if (h > 0) {
      w.open("rect")
          .attr("class", css)
          .attr("x", px(x + 1))
          .attr("y", px(y))
          .attr("width", px(Math.max(width - 2, 1)))
          .attr("height", px(h))
          .close();
    }
  }

  /** A decade whose edge is not split by rounding: 0.01 * (1 ± 1e-15) falls in the 1e-2 bin. */
  static int decade(double v) {
    return (int) Math.floor(Math.log10(v) + 1e-9);
  }
}
