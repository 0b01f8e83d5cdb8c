package io.github.predcheck.report;

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

  static String svg(String output, List<ValueResult> values) {
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
    List<Point> shown = points.stream()
        .sorted(Comparator.comparing((Point p) -> p.v().status() != Status.DIVERGED))
        .limit(MAX_POINTS).toList();
    // One axis for both, so y = x is the diagonal and a divergence is its distance from it.
    PlotAxis axis = PlotAxis.over(shown.stream().flatMapToDouble(p -> Stream.of(p.x(), p.y()).mapToDouble(d -> d)));
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"plot\" viewBox=\"0 0 360 300\" role=\"img\" aria-label=\"")
        .append(Html.escape("expected vs actual, " + output)).append("\">");
    s.append("<rect class=\"frame\" x=\"").append(PlotAxis.px(X0)).append("\" y=\"").append(PlotAxis.px(Y0))
        .append("\" width=\"").append(PlotAxis.px(W)).append("\" height=\"").append(PlotAxis.px(H)).append("\"/>");
    ticks(s, axis);
    s.append("<line class=\"diag\" x1=\"").append(PlotAxis.px(X0)).append("\" y1=\"").append(PlotAxis.px(Y0 + H))
        .append("\" x2=\"").append(PlotAxis.px(X0 + W)).append("\" y2=\"").append(PlotAxis.px(Y0)).append("\"/>");
    // Divergences last, so they are drawn on top.
    for (int i = shown.size() - 1; i >= 0; i--) {
      Point p = shown.get(i);
      boolean bad = p.v().status() == Status.DIVERGED;
      s.append("<circle class=\"").append(bad ? "pt bad" : "pt").append("\" cx=\"")
          .append(PlotAxis.px(X0 + axis.fraction(p.x()) * W)).append("\" cy=\"")
          .append(PlotAxis.px(Y0 + (1 - axis.fraction(p.y())) * H)).append("\" r=\"").append(bad ? "4" : "2.5")
          .append("\"><title>").append(Html.escape(p.v().sampleId() + ": expected " + p.v().expected()
              + ", actual " + p.v().actual() + " (" + p.v().status() + ")")).append("</title></circle>");
    }
    s.append("<text class=\"axis-title\" x=\"").append(PlotAxis.px(X0 + W / 2)).append("\" y=\"296\">expected</text>");
    s.append("<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"").append(PlotAxis.px(-(Y0 + H / 2)))
        .append("\" y=\"12\">actual</text>");
    s.append("</svg>");
    String note = shown.size() + " points";
    note += points.size() > shown.size() ? " (of " + points.size() + ")" : "";
    note += unplotted > 0 ? ", " + unplotted + " not plotted (NaN/inf)" : "";
    return s + "<p class=\"caption\">" + Html.escape(note) + "</p>";
  }

  private static void ticks(StringBuilder s, PlotAxis axis) {
    double[] at = {axis.lo(), axis.mid(), axis.hi()};
    for (int i = 0; i < at.length; i++) {
      double x = X0 + W * i / 2.0;
      double y = Y0 + H - H * i / 2.0;
      String label = Html.escape(Numbers.error(at[i]));
      s.append("<text class=\"tick\" x=\"").append(PlotAxis.px(x)).append("\" y=\"").append(PlotAxis.px(Y0 + H + 14))
          .append("\" text-anchor=\"").append(i == 0 ? "start" : i == 1 ? "middle" : "end").append("\">")
          .append(label).append("</text>");
      s.append("<text class=\"tick\" x=\"").append(PlotAxis.px(X0 - 4)).append("\" y=\"").append(PlotAxis.px(y + 4))
          .append("\" text-anchor=\"end\">").append(label).append("</text>");
    }
  }
}
