package io.github.predcheck.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Deterministic engineering-drawing-like sample images: a sheet frame, a title block, a part in two
 * views with holes, centre lines and dimension lines. Every parameter comes from the sample index
 * through an integer hash, so the pixels are the same on every machine and JDK.
 *
 * <p>Usage: {@code SampleDrawings <outputDir> <count>}
 */
public final class SampleDrawings {

  public static final int WIDTH = 256;
  public static final int HEIGHT = 192;

  private static final String[] CODES = {"ABC", "XYZ", "KLM", "PQR", "DEF", "STU", "GHJ", "VWX"};
  private static final LocalDate FIRST_DATE = LocalDate.of(2022, 6, 16);

  private SampleDrawings() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SampleDrawings <outputDir> <count>");
      System.exit(2);
    }
    List<Path> written = write(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println("wrote " + written.size() + " sample drawings to " + args[0]);
  }

  /**
   * Ids like {@code WA-20220616-ABC-01/RT-1}: one folder per work order, one file per sheet. Work
   * orders alternate between two sheets and one so that folders of both sizes exist.
   */
  public static List<String> ids(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int order = 0; ids.size() < count; order++) {
      String folder =
          "WA-"
              + FIRST_DATE.plusDays(order).format(DateTimeFormatter.BASIC_ISO_DATE)
              + "-"
              + CODES[order % CODES.length]
              + "-"
              + String.format("%02d", order + 1);
      int sheets = 1 + (order + 1) % 2;
      for (int sheet = 1; sheet <= sheets && ids.size() < count; sheet++) {
        ids.add(folder + "/RT-" + sheet);
      }
    }
    return ids;
  }

  /** Writes {@code <dir>/<id>.png} for the first {@code count} samples; returns the files. */
  public static List<Path> write(Path dir, int count) {
    List<String> ids = ids(count);
    List<Path> files = new ArrayList<>(count);
    try {
      for (int i = 0; i < count; i++) {
        Path file = dir.resolve(ids.get(i) + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(drawing(i), "png", file.toFile());
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The 8-bit grayscale drawing for a sample index (pure black and white pixels). */
  public static BufferedImage drawing(int index) {
    Canvas c = new Canvas(WIDTH, HEIGHT);
    c.rect(3, 3, WIDTH - 6, HEIGHT - 6, 1);
    titleBlock(c, index);

    // Front view: the part outline; its stroke (line weight) varies so the model sees real
    // differences.
    int stroke = range(index, 1, 1, 3);
    int x = range(index, 2, 22, 40);
    int y = range(index, 3, 22, 36);
    int w = range(index, 4, 60, 105);
    int h = range(index, 5, 40, 85);
    c.rect(x, y, w, h, stroke);

    int holes = range(index, 6, 1, 3);
    int radius = range(index, 7, 4, Math.min(w / (2 * holes) - 3, h / 2 - 4));
    for (int k = 0; k < holes; k++) {
      int cx = x + w * (2 * k + 1) / (2 * holes);
      int cy = y + h / 2;
      c.circle(cx, cy, radius, stroke);
      c.dashedVLine(cx, cy - radius - 5, cy + radius + 5);
    }
    c.dashedHLine(x - 6, x + w + 5, y + h / 2);

    // Side view to the right, same height, as in a first-angle projection.
    int sideX = x + w + 12;
    int sideW = range(index, 8, 8, 24);
    c.rect(sideX, y, sideW, h, stroke);
    c.dashedHLine(sideX - 4, sideX + sideW + 3, y + h / 2);

    horizontalDimension(c, x, x + w - 1, y + h - 1, y + h + 12);
    verticalDimension(c, x, y, y + h - 1, x - 12);
    horizontalDimension(c, sideX, sideX + sideW - 1, y + h - 1, y + h + 12);
    return c.toImage();
  }

  private static void titleBlock(Canvas c, int index) {
    int x = WIDTH - 90;
    int y = HEIGHT - 36;
    c.rect(x, y, 87, 33, 1);
    c.hLine(x, x + 86, y + 11, 1);
    c.vLine(x + 40, y + 11, y + 32, 1);
    // Short bars stand in for lettering (no font rendering: fonts differ between machines).
    for (int row = 0; row < 3; row++) {
      int len = range(index, 20 + row, 10, 34);
      c.fillRect(x + 4, y + 4 + row * 10, x + 4 + len, y + 6 + row * 10);
    }
  }

  private static void horizontalDimension(Canvas c, int x0, int x1, int fromY, int atY) {
    c.vLine(x0, fromY + 3, atY + 3, 1);
    c.vLine(x1, fromY + 3, atY + 3, 1);
    c.hLine(x0, x1, atY, 1);
    c.arrow(x0, atY, -1, 0);
    c.arrow(x1, atY, 1, 0);
  }

  private static void verticalDimension(Canvas c, int fromX, int y0, int y1, int atX) {
    c.hLine(atX - 3, fromX - 3, y0, 1);
    c.hLine(atX - 3, fromX - 3, y1, 1);
    c.vLine(atX, y0, y1, 1);
    c.arrow(atX, y0, 0, -1);
    c.arrow(atX, y1, 0, 1);
  }

  /** Integer in [min, max] from the index and a per-parameter salt (a murmur-style finalizer). */
  static int range(int index, int salt, int min, int max) {
    int h = index * 0x9E3779B1 + salt * 0x85EBCA77;
    h ^= h >>> 16;
    h *= 0x7FEB352D;
    h ^= h >>> 15;
    h *= 0x846CA68B;
    h ^= h >>> 16;
    return min + Math.floorMod(h, Math.max(1, max - min + 1));
  }
}
