package io.github.predcheck.golden.csv;

import java.util.List;

/**
 * One data row of a golden CSV. {@code start} and {@code end} are its character offsets in the
 * file's text (line separator included), so a rewrite can keep every other row byte for byte.
 */
public record GoldenRow(int line, List<String> cells, int start, int end, GoldenLayout layout) {
  public GoldenRow {
    cells = List.copyOf(cells);
  }

  public String id() {
    return cells.get(layout.idColumn());
  }

  public String value() {
    return cells.get(layout.valueColumn());
  }

  /** The output's name, or null when the file has no name column. */
  public String name() {
    return layout.nameColumn() < 0 ? null : cells.get(layout.nameColumn());
  }
}
