package io.github.predcheck.golden.csv;

import java.util.List;

/** The header of a golden CSV and where the id, value and name columns are in it. */
public record GoldenLayout(List<String> header, int idColumn, int valueColumn, int nameColumn) {
  public GoldenLayout {
    header = List.copyOf(header);
  }

  public boolean hasNameColumn() {
    return nameColumn >= 0;
  }
}
