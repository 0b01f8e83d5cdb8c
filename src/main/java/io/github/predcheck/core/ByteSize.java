package io.github.predcheck.core;

import java.util.Locale;

/** Sizes as people write them in a pom: {@code 32MB}, {@code 512KB}, {@code 1GB} (binary units). */
public final class ByteSize {
  private static final String[] UNITS = {"B", "KB", "MB", "GB"};

  private ByteSize() {}

  /**
   * Parses {@code 32MB}, {@code 32 mb}, {@code 1024} (bytes); null when the text is no size. Units
   * are powers of 1,024, as memory is counted.
   */
  public static Long parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    int unit = 0;
    for (int u = UNITS.length - 1; u > 0; u--) {
      if (t.endsWith(UNITS[u])) {
        unit = u;
        t = t.substring(0, t.length() - UNITS[u].length()).strip();
        break;
      }
    }
    if (unit == 0 && t.endsWith("B")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || !t.chars().allMatch(Character::isDigit) || t.length() > 12) {
      return null;
    }
    long n = Long.parseLong(t) << (10 * unit);
    return n > 0 ? n : null;
  }

  /** The size in the largest unit it fills exactly or at least once: "32 MB", "1,500 B". */
  public static String text(long bytes) {
    int unit = 0;
    while (unit < UNITS.length - 1 && bytes >= 1024L << (10 * unit)) {
      unit++;
    }
    double n = (double) bytes / (1L << (10 * unit));
    return (n == Math.rint(n)
            ? String.format(Locale.ROOT, "%,d", (long) n)
            : String.format(Locale.ROOT, "%.1f", n))
        + " "
        + UNITS[unit];
  }
}
