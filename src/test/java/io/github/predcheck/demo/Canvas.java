package io.github.predcheck.demo;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A tiny black-on-white pixel canvas. Java2D is avoided on purpose: its rasterizers differ between
 * JDKs and platforms, and the sample drawings must be pixel-identical everywhere.
 */
final class Canvas {

  private static final byte WHITE = (byte) 255;
  private static final byte BLACK = 0;

  private final int width;
  private final int height;
  private final byte[] pixels;

  Canvas(int width, int height) {
    this.width = width;
    this.height = height;
    this.pixels = new byte[width * height];
    Arrays.fill(pixels, WHITE);
  }

  /** Fills [x0, x1) x [y0, y1), clipped to the canvas. */
  void fillRect(int x0, int y0, int x1, int y1) {
    for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        pixels[y * width + x] = BLACK;
      }
    }
  }

  void hLine(int x0, int x1, int y, int stroke) {
    fillRect(Math.min(x0, x1), y, Math.max(x0, x1) + 1, y + stroke);
  }

  void vLine(int x, int y0, int y1, int stroke) {
    fillRect(x, Math.min(y0, y1), x + stroke, Math.max(y0, y1) + 1);
  }

  /** Outline whose outer edge is the given box; the stroke grows inwards. */
  void rect(int x, int y, int w, int h, int stroke) {
    hLine(x, x + w - 1, y, stroke);
    hLine(x, x + w - 1, y + h - stroke, stroke);
    vLine(x, y, y + h - 1, stroke);
    vLine(x + w - stroke, y, y + h - 1, stroke);
  }

  /** Ring of outer radius r; integer distance test so no rounding can differ between machines. */
  void circle(int cx, int cy, int r, int stroke) {
    int inner = Math.max(0, r - stroke);
    for (int y = cy - r; y <= cy + r; y++) {
      for (int x = cx - r; x <= cx + r; x++) {
        int d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
        if (d2 <= r * r && d2 > inner * inner) {
          set(x, y);
        }
      }
    }
  }

  void dashedHLine(int x0, int x1, int y) {
    for (int x = x0; x <= x1; x++) {
      if ((x - x0) % 9 < 6) {
        set(x, y);
      }
    }
  }

  void dashedVLine(int x, int y0, int y1) {
    for (int y = y0; y <= y1; y++) {
      if ((y - y0) % 9 < 6) {
        set(x, y);
      }
    }
  }

  /**
   * Filled arrowhead with its tip at (x, y), pointing along (dx, dy), one of the four axis
   * directions.
   */
  void arrow(int x, int y, int dx, int dy) {
    for (int along = 0; along < 7; along++) {
      int half = along / 3;
      for (int across = -half; across <= half; across++) {
        set(x - dx * along + dy * across, y - dy * along + dx * across);
      }
    }
  }

  BufferedImage toImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, width, height, pixels);
    return image;
  }

  private void set(int x, int y) {
    if (x >= 0 && x < width && y >= 0 && y < height) {
      pixels[y * width + x] = BLACK;
    }
  }
}
