package io.github.predcheck.golden.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a golden CSV's text, each with its cells and where it starts (its first character,
 * after any blank lines). A text without a quote character and without a lone CR (most goldens:
 * numbers, names and ids) is split here, as commons-csv would split it (CsvRecordsTest compares
 * them on random texts) and several times faster; any other text goes through commons-csv.
 */
final class CsvRecords implements Iterator<CsvRecords.Line>, AutoCloseable {
  /** RFC 4180, blank lines skipped: the format both ways read. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

  /** One record: its cells, the offset of its first character in the text, its 1-based line. */
  record Line(String[] cells, int start, int line) {}

  private final String text;
  private final CSVParser parser;
  private final Iterator<CSVRecord> parsed;
  private int next;

  /** Line breaks before {@code counted}, counted once, as records only move forward. */
  private int breaks;

  private int counted;

  private CsvRecords(String text, CSVParser parser) {
    this.text = text;
    this.parser = parser;
    this.parsed = parser == null ? null : parser.iterator();
  }

  /** The records of the text; commons-csv's exceptions (IOException, UncheckedIOException) pass. */
  static CsvRecords of(String text) throws IOException {
    return plain(text)
        ? new CsvRecords(text, null)
        : new CsvRecords(text, CSVParser.parse(text, FORMAT));
  }

  /** No quote, and every CR part of a CRLF: then a comma and a line break are all there is. */
  static boolean plain(String text) {
    if (text.indexOf('"') >= 0) {
      return false;
    }
    for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
      if (cr + 1 == text.length() || text.charAt(cr + 1) != '\n') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean hasNext() {
    if (parsed != null) {
      return parsed.hasNext();
    }
    next = skipBlankLines(next);
    return next < text.length();
  }

  /**
   * Where a record really starts: commons-csv counts it from the blank lines before it, which would
   * give it the wrong line number and make a rewrite of it drop them.
   */
  private int skipBlankLines(int at) {
    while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
      at++;
    }
    return at;
  }

  @Override
  public Line next() {
    if (parsed != null) {
      CSVRecord r = parsed.next();
      int start = skipBlankLines((int) r.getCharacterPosition());
      return new Line(r.values(), start, lineAt(start));
    }
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int start = next;
    int newline = text.indexOf('\n', start);
    int after = newline < 0 ? text.length() : newline + 1;
    int end = newline < 0 ? text.length() : newline;
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    List<String> cells = new ArrayList<>(4);
    int from = start;
    for (int comma = text.indexOf(',', from); comma >= 0 && comma < end; ) {
      cells.add(text.substring(from, comma));
      from = comma + 1;
      comma = text.indexOf(',', from);
    }
    cells.add(text.substring(from, end));
    next = after;
    return new Line(cells.toArray(String[]::new), start, lineAt(start));
  }

  /** The 1-based line of an offset at or after the last one asked. */
  private int lineAt(int offset) {
    for (int nl = text.indexOf('\n', counted); nl >= 0 && nl < offset; ) {
      breaks++;
      counted = nl + 1;
      nl = text.indexOf('\n', counted);
    }
    return breaks + 1;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
  }
}
