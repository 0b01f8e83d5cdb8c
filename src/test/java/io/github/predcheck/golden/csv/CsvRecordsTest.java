package io.github.predcheck.golden.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The quote-free split must be commons-csv's, record for record, cell for cell, offset for offset.
 */
class CsvRecordsTest {
  private static final String[] PIECES = {
    "a", "1.5", "図面_id", " ", ",", ",", ",", "\n", "\n", "\r\n", "WA-1/RT-1", "-", "\t", "e-07"
  };

  @Test
  void splitsQuoteFreeTextsAsCommonsCsvDoes() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    int plain = 0;
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertThat(CsvRecords.plain(s)).isTrue();
      assertThat(lines(s))
          .as("%s", s.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(commons(s));
      plain++;
    }
    assertThat(plain).isEqualTo(20_000);
  }

  @Test
  void quotesAndLoneCarriageReturnsGoThroughCommonsCsv() throws Exception {
    for (String s : List.of("id,pred\n\"a,b\",1\n", "id,pred\ra,1\r", "a,b\r\n\r")) {
      assertThat(CsvRecords.plain(s)).as(s).isFalse();
      assertThat(lines(s)).isEqualTo(commons(s));
    }
    assertThat(lines("id,pred\n\"a,b\",1\n")).containsExactly("0 [id, pred]", "8 [a,b, 1]");
    assertThat(lines("id,pred\n\n\"a\",1\n")).containsExactly("0 [id, pred]", "9 [a, 1]");
  }

  private static List<String> lines(String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (CsvRecords records = CsvRecords.of(text)) {
      while (records.hasNext()) {
        CsvRecords.Line line = records.next();
        out.add(line.start() + " " + List.of(line.cells()));
      }
    }
    return out;
  }

  private static List<String> commons(String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, CsvRecords.FORMAT)) {
      for (CSVRecord r : parser) {
        // commons-csv counts a record from the blank lines before it; CsvRecords from its text.
        int start = (int) r.getCharacterPosition();
        while (text.charAt(start) == '\n' || text.charAt(start) == '\r') {
          start++;
        }
        out.add(start + " " + List.of(r.values()));
      }
    }
    return out;
  }
}
