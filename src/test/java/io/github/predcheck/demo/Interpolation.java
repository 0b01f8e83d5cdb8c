package io.github.predcheck.demo;

import java.util.Locale;

/**
 * Image resize kernels, written out so results do not depend on Java2D rendering hints. Switching
 * between them is a small, real preprocessing change that shifts predictions, as a dependency bump
 * might.
 */
public enum Interpolation {
  BILINEAR {
    @Override
    float sample(float[] src, int w, int h, double sx, double sy) {
      double x = clamp(sx, w - 1);
      double y = clamp(sy, h - 1);
      int x0 = (int) x;
      int y0 = (int) y;
      int x1 = Math.min(x0 + 1, w - 1);
      int y1 = Math.min(y0 + 1, h - 1);
      double fx = x - x0;
      double fy = y - y0;
      double top = src[y0 * w + x0] * (1 - fx) + src[y0 * w + x1] * fx;
      double bottom = src[y1 * w + x0] * (1 - fx) + src[y1 * w + x1] * fx;
      return (float) (top * (1 - fy) + bottom * fy);
    }
  },
  NEAREST {
    @Override
    float sample(float[] src, int w, int h, double sx, double sy) {
      int x = (int) clamp(Math.floor(sx + 0.5), w - 1);
      int y = (int) clamp(Math.floor(sy + 0.5), h - 1);
      return src[y * w + x];
    }
  };

  /**
   * Resizes a row-major single-channel image. Each output pixel averages the kernel sampled on a
   * grid of two points per source pixel across its footprint: plain point sampling would drop or
   * keep 1-px drawing lines by luck when shrinking 256 to 64, so the two kernels would disagree
   * wildly instead of slightly.
   */
  public float[] resize(float[] src, int w, int h, int outW, int outH) {
    float[] out = new float[outW * outH];
    double scaleX = (double) w / outW;
    double scaleY = (double) h / outH;
    int nx = 2 * (int) Math.ceil(scaleX);
    int ny = 2 * (int) Math.ceil(scaleY);
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < outW; x++) {
        double sum = 0;
        for (int j = 0; j < ny; j++) {
          double sy = y * scaleY + (j + 0.5) * scaleY / ny - 0.5;
          for (int i = 0; i < nx; i++) {
            sum += sample(src, w, h, x * scaleX + (i + 0.5) * scaleX / nx - 0.5, sy);
          }
        }
        out[y * outW + x] = (float) (sum / (nx * ny));
      }
    }
    return out;
  }

  /** The source value at (sx, sy), in pixel coordinates where pixel centres are integers. */
  abstract float sample(float[] src, int w, int h, double sx, double sy);

  /** Parses "bilinear" or "nearest", case-insensitively. */
  public static Interpolation parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown interpolation '" + name + "', expected bilinear or nearest");
    }
  }

  private static double clamp(double v, int max) {
    return Math.max(0, Math.min(max, v));
  }
}
