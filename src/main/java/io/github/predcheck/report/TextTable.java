package io.github.predcheck.report;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns for the console, padded to the widest cell. */
public final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... header) {
    rows.add(List.of(header));
  }

  public TextTable add(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  public List<String> lines(String indent) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - cell.length() + 2));
        }
      }
      out.add(line.toString().stripTrailing());
    }
    return out;
  }
}
