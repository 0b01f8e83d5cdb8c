package io.github.predcheck.golden.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes a golden file's text with some rows' values replaced and rows appended. Every other row
 * keeps its bytes and its place; the BOM, the line separator and the column order stay as they
 * were.
 */
public final class GoldenRewriter {
  private GoldenRewriter() {}

  /**
   * @param values row index to its new value text
   * @param appended whole new rows, cells in the header's order
   */
  public static String rewrite(
      CsvFile golden, Map<Integer, String> values, List<List<String>> appended) {
    String text = golden.text();
    String sep = golden.lineSeparator();
    StringBuilder out = new StringBuilder(text.length() + 64 * appended.size());
    if (golden.bom()) {
      out.append('\uFEFF');
    }
    int copied = 0;
    List<GoldenRow> rows = golden.rows();
    for (int i = 0; i < rows.size(); i++) {
      String value = values.get(i);
      if (value == null) {
        continue;
      }
      GoldenRow row = rows.get(i);
      out.append(text, copied, row.start());
      List<String> cells = new ArrayList<>(row.cells());
      cells.set(golden.layout().valueColumn(), value);
      out.append(line(cells));
      String original = text.substring(row.start(), row.end());
      out.append(original, trailingBreakStart(original), original.length());
      copied = row.end();
    }
    out.append(text, copied, text.length());
    if (!appended.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append(sep);
    }
    for (List<String> cells : appended) {
      out.append(line(cells)).append(sep);
    }
    return out.toString();
  }

  /**
   * A new row's cells: the id, the value and the output's name in their columns, the rest empty.
   */
  public static List<String> newRow(GoldenLayout layout, String id, String name, String value) {
    String[] cells = new String[layout.header().size()];
    Arrays.fill(cells, "");
    cells[layout.idColumn()] = id;
    cells[layout.valueColumn()] = value;
    if (layout.hasNameColumn()) {
      cells[layout.nameColumn()] = name;
    }
    return List.of(cells);
  }

  private static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    try {
      CSVFormat.DEFAULT.printRecord(line, cells.toArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // printRecord ends the record with CRLF; the file's own separator is added by the caller.
    return line.substring(0, line.length() - 2);
  }

  /** Where the line break (and any blank lines) at the end of a row's slice begins. */
  private static int trailingBreakStart(String slice) {
    int i = slice.length();
    while (i > 0 && (slice.charAt(i - 1) == '\n' || slice.charAt(i - 1) == '\r')) {
      i--;
    }
    return i;
  }
}
