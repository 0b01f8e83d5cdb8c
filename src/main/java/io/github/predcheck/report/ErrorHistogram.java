package io.github.predcheck.report;

import io.github.predcheck.compare.Status;
import io.github.predcheck.compare.ValueResult;
import java.util.ArrayList;
import java.util.List;

/**
 * An inline SVG histogram of one output's relative errors in log10 bins, since they span 1e-16 to
 * 1 and beyond. Exact zeros get their own bin, as do infinite errors; divergences stack in red.
 */
final class ErrorHistogram {
  private static final int MAX_DECADES = 40;
  private static final double X0 = 44;
  private static final double Y0 = 14;
  private static final double W = 300;
  private static final double H = 240;

  private ErrorHistogram() {}

  private record Bin(String label, String range, int[] counts) {}

  static String svg(String output, List<ValueResult> values) {
    List<Double> finite = new ArrayList<>();
    values.forEach(v -> {
      if (Double.isFinite(v.relError()) && v.relError() > 0) {
        finite.add(v.relError());
      }
    });
    int hi = finite.stream().mapToInt(ErrorHistogram::decade).max().orElse(0);
    int lo = Math.max(finite.stream().mapToInt(ErrorHistogram::decade).min().orElse(0), hi - MAX_DECADES);
    List<Bin> bins = new ArrayList<>();
    bins.add(new Bin("0", "exactly 0", new int[2]));
    // Decade bins only when some error is neither 0 nor infinite: all-zero errors need no "1e0" bin.
    for (int e = lo; !finite.isEmpty() && e <= hi; e++) {
      bins.add(new Bin("1e" + e, (e == lo ? "below " : "1e" + e + " to ") + "1e" + (e + 1), new int[2]));
    }
    Bin inf = new Bin("inf", "infinite (expected 0 or inf)", new int[2]);
    int nan = 0;
    for (ValueResult v : values) {
      double r = v.relError();
      Bin bin = Double.isNaN(r) ? null : r == 0 ? bins.get(0) : Double.isInfinite(r) ? inf
          : bins.get(1 + Math.max(decade(r), lo) - lo);
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
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"plot\" viewBox=\"0 0 360 300\" role=\"img\" aria-label=\"")
        .append(Html.escape("relative error histogram, " + output)).append("\">");
    s.append("<line class=\"frame\" x1=\"").append(PlotAxis.px(X0)).append("\" y1=\"").append(PlotAxis.px(Y0 + H))
        .append("\" x2=\"").append(PlotAxis.px(X0 + W)).append("\" y2=\"").append(PlotAxis.px(Y0 + H)).append("\"/>");
    s.append("<text class=\"tick\" x=\"").append(PlotAxis.px(X0 - 4)).append("\" y=\"").append(PlotAxis.px(Y0 + 4))
        .append("\" text-anchor=\"end\">").append(max).append("</text>");
    s.append("<text class=\"tick\" x=\"").append(PlotAxis.px(X0 - 4)).append("\" y=\"").append(PlotAxis.px(Y0 + H))
        .append("\" text-anchor=\"end\">0</text>");
    double width = W / bins.size();
    int labelEvery = (bins.size() + 9) / 10;
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      double x = X0 + i * width;
      int total = b.counts()[0] + b.counts()[1];
      s.append("<g><title>").append(Html.escape("relative error " + b.range() + ": " + total + " values"
          + (b.counts()[1] > 0 ? " (" + b.counts()[1] + " diverged)" : ""))).append("</title>");
      double passH = max == 0 ? 0 : H * b.counts()[0] / max;
      double badH = max == 0 ? 0 : H * b.counts()[1] / max;
      bar(s, "bar", x, Y0 + H - passH, width, passH);
      bar(s, "bar bad", x, Y0 + H - passH - badH, width, badH);
      if (total > 0 && bins.size() <= 16) {
        s.append("<text class=\"count\" x=\"").append(PlotAxis.px(x + width / 2)).append("\" y=\"")
            .append(PlotAxis.px(Y0 + H - passH - badH - 3)).append("\" text-anchor=\"middle\">").append(total)
            .append("</text>");
      }
      s.append("</g>");
      if (i % labelEvery == 0 || i == bins.size() - 1) {
        s.append("<text class=\"tick\" x=\"").append(PlotAxis.px(x + width / 2)).append("\" y=\"")
            .append(PlotAxis.px(Y0 + H + 14)).append("\" text-anchor=\"middle\">").append(b.label()).append("</text>");
      }
    }
    s.append("<text class=\"axis-title\" x=\"").append(PlotAxis.px(X0 + W / 2))
        .append("\" y=\"296\">relative error (log10 bins)</text>");
    s.append("</svg>");
    String note = (values.size() - nan) + " values" + (nan > 0 ? ", " + nan + " without a relative error (NaN)" : "");
    return s + "<p class=\"caption\">" + Html.escape(note) + "</p>";
  }

  private static void bar(StringBuilder s, String css, double x, double y, double w, double h) {
    if (h > 0) {
      s.append("<rect class=\"").append(css).append("\" x=\"").append(PlotAxis.px(x + 1)).append("\" y=\"")
          .append(PlotAxis.px(y)).append("\" width=\"").append(PlotAxis.px(Math.max(w - 2, 1))).append("\" height=\"")
          .append(PlotAxis.px(h)).append("\"/>");
    }
  }

  private static int decade(double v) {
    return (int) Math.floor(Math.log10(v));
  }
}
