package io.github.predcheck.report;

import java.util.stream.DoubleStream;

/**
 * A linear plot axis over finite data. Built so that no input (huge, equal, denormal values) can
 * produce a NaN or infinite pixel position: browsers drop such SVG elements silently.
 */
record PlotAxis(double lo, double hi) {
  static PlotAxis over(DoubleStream values) {
    double[] d = values.filter(Double::isFinite).toArray();
    if (d.length == 0) {
      return new PlotAxis(0, 1);
    }
    double lo = DoubleStream.of(d).min().orElse(0);
    double hi = DoubleStream.of(d).max().orElse(1);
    // Halves keep the span finite even from -MAX_VALUE to MAX_VALUE.
    double pad = lo == hi ? Math.abs(lo) * 0.1 : (hi / 2 - lo / 2) * 0.1;
    if (!(pad > 0)) {
      pad = 1;
    }
    lo = Math.max(-Double.MAX_VALUE, lo - pad);
    hi = Math.min(Double.MAX_VALUE, hi + pad);
    return lo < hi && hi / 2 - lo / 2 > 0 ? new PlotAxis(lo, hi) : new PlotAxis(lo - 1, lo + 1);
  }

  /** 0 at lo, 1 at hi; 0.5 for anything that would not be a finite position. */
  double fraction(double v) {
    double f = (v / 2 - lo / 2) / (hi / 2 - lo / 2);
    return Double.isFinite(f) ? f : 0.5;
  }

  double mid() {
    return lo / 2 + hi / 2;
  }

  /** An SVG coordinate: one decimal, and never NaN or infinite. */
  static String px(double v) {
    return Numbers.fixed(Double.isFinite(v) ? v : 0, 1);
  }

  /** An SVG text at (x, y), anchored at its start, middle or end: tick labels and counts. */
  static void label(HtmlWriter w, String css, double x, double y, String anchor, String text) {
    w.open("text")
        .attr("class", css)
        .attr("x", px(x))
        .attr("y", px(y))
        .attr("text-anchor", anchor)
        .text(text)
        .close();
  }
}
