package io.github.predcheck.report;

import static io.github.predcheck.report.PlotAxis.px;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import io.github.predcheck.core.Doubles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** An inline SVG of expected (x) against actual (y) for one output, with the y = x line. */
final class ScatterPlot {
  static final int MAX_POINTS = 4_000;
  private static final double X0 = 64;
  private static final double Y0 = 14;
  private static final double W = 280;
  private static final double H = 240;

  private ScatterPlot() {}

  private record Point(ValueResult v, double x, double y) {}

  /** The plot and a caption that says how many points it shows. */
  static void write(HtmlWriter w, String output, List<ValueResult> values, Sides sides) {
    List<Point> points = new ArrayList<>();
    int unplotted = 0;
    for (ValueResult v : values) {
      Double x = v.expected() == null ? null : Doubles.parse(v.expected());
      Double y = v.actual() == null ? null : Doubles.parse(v.actual());
      if (x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
        unplotted++;
      } else {
        points.add(new Point(v, x, y));
      }
    }
    // Too many circles make the page slow: keep every divergence, then as many passes as fit.
    List<Point> shown =
        points.stream()
            .sorted(Comparator.comparing((Point p) -> p.v().status() != Status.DIVERGED))
            .limit(MAX_POINTS)
            .toList();
    // One axis for both, so y = x is the diagonal and a divergence is its distance from it.
    PlotAxis axis =
        PlotAxis.over(
            shown.stream().flatMapToDouble(p -> Stream.of(p.x(), p.y()).mapToDouble(d -> d)));
    w.open("svg")
        .attr("class", "plot")
        .attr("viewBox", "0 0 360 300")
        .attr("role", "img")
        .attr("aria-label", sides.expected() + " vs " + sides.actual() + ", " + output);
    w.open("rect")
        .attr("class", "frame")
        .attr("x", px(X0))
        .attr("y", px(Y0))
        .attr("width", px(W))
        .attr("height", px(H))
        .close();
    ticks(w, axis);
    w.open("line")
        .attr("class", "diag")
        .attr("x1", px(X0))
        .attr("y1", px(Y0 + H))
        .attr("x2", px(X0 + W))
        .attr("y2", px(Y0))
        .close();
    // Divergences last, so they are drawn on top.
    for (int i = shown.size() - 1; i >= 0; i--) {
      Point p = shown.get(i);
      ValueResult v = p.v();
      boolean bad = v.status() == Status.DIVERGED;
      w.open("circle")
          .attr("class", bad ? "pt bad" : "pt")
          .attr("cx", px(X0 + axis.fraction(p.x()) * W))
          .attr("cy", px(Y0 + (1 - axis.fraction(p.y())) * H))
          .attr("r", bad ? "4" : "2.5")
          .element(
              "title",
              v.sampleId()
                  + ": "
                  + sides.expected()
                  + " "
                  + v.expected()
                  + ", "
                  + sides.actual()
                  + " "
                  + v.actual()
                  + " ("
                  + v.status()
                  + ")")
          .close();
    }
    w.open("text")
        .attr("class", "axis-title")
        .attr("x", px(X0 + W / 2))
        .attr("y", "296")
        .text(sides.expected())
        .close();
    w.open("text")
        .attr("class", "axis-title")
        .attr("transform", "rotate(-90)")
        .attr("x", px(-(Y0 + H / 2)))
        .attr("y", "12")
        .text(sides.actual())
        .close();
    w.close("svg");
    String note = shown.size() + " points";
    note += points.size() > shown.size() ? " (of " + points.size() + ")" : "";
    note += unplotted > 0 ? ", " + unplotted + " not plotted (NaN/inf)" : "";
    w.element("p", "caption", note);
  }

  private static void ticks(HtmlWriter w, PlotAxis axis) {
    double[] at = {axis.lo(), axis.mid(), axis.hi()};
    for (int i = 0; i < at.length; i++) {
      String label = Numbers.format(at[i]);
      String anchor = i == 0 ? "start" : i == 1 ? "middle" : "end";
      PlotAxis.label(w, "tick", X0 + W * i / 2.0, Y0 + H + 14, anchor, label);
      PlotAxis.label(w, "tick", X0 - 4, Y0 + H - H * i / 2.0 + 4, "end", label);
    }
  }
}
