package io.github.predcheck.golden;

import java.util.Locale;

/** Which golden rows {@code record} writes. */
public enum RecordMode {
  /** Only samples that have no golden rows yet; every other row stays byte for byte. */
  MISSING,
  /** Only the rows that diverged; every other row stays byte for byte. */
  FAILING,
  /** Every row, and the missing samples; the file keeps its format and column order. */
  ALL;

  public static RecordMode parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
