package io.github.predcheck.golden.csv;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.io.IOException;
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

/** Reads a golden CSV: UTF-8 with or without BOM, LF or CRLF, one row per sample and output. */
public final class GoldenCsvReader {
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
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      // The JDK's fast path replaces bad bytes with U+FFFD: without one, every byte was UTF-8.
      return text;
    }
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

  /** One pass over the records, none kept beyond its row: a 100,000-row file in well under 1 s. */
  public static CsvFile parse(Path path, String content, Columns columns)
      throws ConfigurationException {
    boolean bom = content.startsWith("\uFEFF");
    String text = bom ? content.substring(1) : content;
    String lineSeparator = text.contains("\r\n") ? "\r\n" : "\n";
    try (CsvRecords records = CsvRecords.of(text)) {
      if (!records.hasNext()) {
        throw new ConfigurationException(
            "Golden file "
                + path
                + " is empty. It needs a header line, for example 'id,pred,name'.");
      }
      GoldenLayout layout = layout(path, List.of(records.next().cells()), columns);
      Rows rows = new Rows(path, layout);
      // A row ends where the next begins (blank lines included), so each is added one late.
      CsvRecords.Line pending = null;
      while (records.hasNext()) {
        CsvRecords.Line record = records.next();
        if (pending != null) {
          rows.add(pending, record.start());
        }
        pending = record;
      }
      if (pending != null) {
        rows.add(pending, text.length());
      }
      return new CsvFile(path, layout, rows.rows, rows.index, bom, lineSeparator, text);
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigurationException(
          "Golden file " + path + " is not valid CSV: " + e.getMessage(), e);
    }
  }

  /**
   * The data rows as they are read, each checked and indexed. Equal ids and output names become one
   * String each: a sample's rows share its id.
   */
  private static final class Rows {
    private final Path path;
    private final GoldenLayout layout;
    private final List<GoldenRow> rows = new ArrayList<>();
    private final SampleIndex index = new SampleIndex();
    private final Map<String, String> names = new HashMap<>();

    Rows(Path path, GoldenLayout layout) {
      this.path = path;
      this.layout = layout;
    }

    void add(CsvRecords.Line record, int end) throws ConfigurationException {
      int start = record.start();
      int at = record.line();
      String[] cells = record.cells();
      if (cells.length != layout.header().size()) {
        throw new ConfigurationException(
            path
                + " line "
                + at
                + ": "
                + cells.length
                + " cells, but the header has "
                + layout.header().size()
                + ". Quote cells that contain commas.");
      }
      SampleIndex.Sample sample = index.sample(cells[layout.idColumn()]);
      cells[layout.idColumn()] = sample.id;
      if (layout.hasNameColumn()) {
        String name = cells[layout.nameColumn()];
        String known = names.putIfAbsent(name, name);
        cells[layout.nameColumn()] = known == null ? name : known;
      }
      GoldenRow row = new GoldenRow(at, List.of(cells), start, end, layout);
      checkCells(path, at, row);
      int previous = sample.find(row.name());
      if (previous >= 0) {
        throw new ConfigurationException(
            path
                + " line "
                + at
                + ": sample '"
                + row.id()
                + "'"
                + (row.name() == null ? "" : " output '" + row.name() + "'")
                + " is already on line "
                + rows.get(previous).line()
                + ". Keep one row per sample and output.");
      }
      sample.add(rows.size(), row.name());
      rows.add(row);
    }
  }

  /** A row whose cells cannot mean what a golden file means: named with its line and column. */
  private static void checkCells(Path path, int line, GoldenRow row) throws ConfigurationException {
    if (row.id().isBlank()) {
      throw new ConfigurationException(path + " line " + line + ": the sample id is empty.");
    }
    if (row.id().indexOf('\u0000') >= 0) {
      throw new ConfigurationException(
          path
              + " line "
              + line
              + ": the sample id contains a NUL character (\\u0000); remove it.");
    }
    if (row.value().isBlank()) {
      String what =
          "sample '" + row.id() + "'" + (row.name() == null ? "" : " output '" + row.name() + "'");
      throw new ConfigurationException(
          path
              + " line "
              + line
              + " column "
              + (row.layout().valueColumn() + 1)
              + ": the expected value of "
              + what
              + " is empty; an empty"
              + " golden value means nothing to compare. Write the value, or delete the row and record it"
              + " with "
              + Setting.RECORD.is("missing")
              + ".");
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
}
