package io.github.predcheck.golden.csv;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a golden CSV: UTF-8 with or without BOM, LF or CRLF, one row per sample and output. */
public final class GoldenCsvReader {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

  private GoldenCsvReader() {}

  public static CsvFile read(Path path, Columns columns) throws ConfigurationException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(
          "Golden file "
              + path
              + " does not exist. Point "
              + Setting.GOLDEN
              + " at your golden CSV,"
              + " or create it from the live API with "
              + Setting.RECORD_GOAL
              + ".");
    } catch (IOException e) {
      throw new ConfigurationException(
          "Cannot read golden file " + path + ": " + e.getMessage(), e);
    }
    return parse(path, decode(path, bytes), columns);
  }

  static String decode(Path path, byte[] bytes) throws ConfigurationException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(
          "Golden file " + path + " is not UTF-8. Save it as UTF-8 (with or without BOM).");
    }
  }

  public static CsvFile parse(Path path, String content, Columns columns)
      throws ConfigurationException {
    boolean bom = content.startsWith("\uFEFF");
    String text = bom ? content.substring(1) : content;
    String lineSeparator = text.contains("\r\n") ? "\r\n" : "\n";
    List<CSVRecord> records = records(path, text);
    if (records.isEmpty()) {
      throw new ConfigurationException(
          "Golden file " + path + " is empty. It needs a header line, for example 'id,pred,name'.");
    }
    LineIndex lines = new LineIndex(text);
    GoldenLayout layout = layout(path, records.get(0).toList(), columns);
    List<GoldenRow> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      int start = (int) record.getCharacterPosition();
      int end =
          i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : text.length();
      int line = lines.lineAt(start);
      if (record.size() != layout.header().size()) {
        throw new ConfigurationException(
            path
                + " line "
                + line
                + ": "
                + record.size()
                + " cells, but the header has "
                + layout.header().size()
                + ". Quote cells that contain commas.");
      }
      GoldenRow row = new GoldenRow(line, record.toList(), start, end, layout);
      checkCells(path, line, row);
      String key = row.id() + "\u0000" + row.name();
      Integer previous = seen.putIfAbsent(key, line);
      if (previous != null) {
        throw new ConfigurationException(
            path
                + " line "
                + line
                + ": sample '"
                + row.id()
                + "'"
                + (row.name() == null ? "" : " output '" + row.name() + "'")
                + " is already on line "
                + previous
                + ". Keep one row per sample and output.");
      }
      rows.add(row);
    }
    return new CsvFile(path, layout, rows, bom, lineSeparator, text);
  }

  /** A row whose cells cannot mean what a golden file means: named with its line and column. */
  private static void checkCells(Path path, int line, GoldenRow row) throws ConfigurationException {
    String at = path + " line " + line;
    if (row.id().isBlank()) {
      throw new ConfigurationException(at + ": the sample id is empty.");
    }
    if (row.id().indexOf('\u0000') >= 0) {
      throw new ConfigurationException(
          at + ": the sample id contains a NUL character (\\u0000); remove it.");
    }
    String what =
        "sample '" + row.id() + "'" + (row.name() == null ? "" : " output '" + row.name() + "'");
    at += " column " + (row.layout().valueColumn() + 1);
    if (row.value().isBlank()) {
      throw new ConfigurationException(
          at
              + ": the expected value of "
              + what
              + " is empty; an empty"
              + " golden value means nothing to compare. Write the value, or delete the row and record it"
              + " with "
              + Setting.RECORD.is("missing")
              + ".");
    }
  }

  private static List<CSVRecord> records(Path path, String text) throws ConfigurationException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigurationException(
          "Golden file " + path + " is not valid CSV: " + e.getMessage(), e);
    }
  }

  private static GoldenLayout layout(Path path, List<String> header, Columns columns)
      throws ConfigurationException {
    if (header.size() == 1) {
      String only = header.get(0);
      String separator = only.contains(";") ? "semicolon" : only.contains("\t") ? "tab" : null;
      if (separator != null) {
        throw new ConfigurationException(
            path
                + " line 1: the header looks "
                + separator
                + "-separated ('"
                + only
                + "'); predcheck reads comma-separated CSV (RFC 4180)."
                + " Save the file with commas, quoting cells that contain one.");
      }
    }
    int id = columns.id() == null ? 0 : find(path, header, columns.id(), Setting.COLUMNS_ID, true);
    int value = find(path, header, columns.value(), Setting.COLUMNS_VALUE, true);
    int name = find(path, header, columns.name(), Setting.COLUMNS_NAME, false);
    if (id == value) {
      throw new ConfigurationException(
          path
              + " line 1: the id column and the value column are both '"
              + header.get(id)
              + "'. Set "
              + Setting.COLUMNS_VALUE
              + " to the column with the expected values.");
    }
    return new GoldenLayout(header, id, value, name);
  }

  private static int find(
      Path path, List<String> header, String column, Setting role, boolean required)
      throws ConfigurationException {
    int index = header.indexOf(column);
    if (index < 0 && required) {
      throw new ConfigurationException(
          path
              + " line 1: no column '"
              + column
              + "' (the header has "
              + String.join(", ", header)
              + "). Set "
              + role
              + " to the name of that column.");
    }
    return index;
  }

  /** Maps a character offset to its 1-based line number. */
  private static final class LineIndex {
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
    }

    int lineAt(int offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }
  }
}
