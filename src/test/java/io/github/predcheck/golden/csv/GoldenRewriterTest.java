package io.github.predcheck.golden.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenRewriterTest {
  @TempDir Path dir;

  @Test
  void replacesOnlyTheGivenRowsAndKeepsEveryOtherByte() throws Exception {
    String text =
        "\uFEFF図面_id,pred,name\r\nA/1,1.50,thickness\r\n\"B,2\",2.0,thickness\r\nC,3e0,thickness";
    CsvFile g = GoldenCsvReader.parse(Path.of("g.csv"), text, Columns.DEFAULT);
    String out = GoldenRewriter.rewrite(g, Map.of(1, "2.25"), List.of());
    assertThat(out)
        .isEqualTo(
            "\uFEFF図面_id,pred,name\r\nA/1,1.50,thickness\r\n\"B,2\",2.25,thickness\r\nC,3e0,thickness");
  }

  @Test
  void keepsTheBlankLinesAroundARewrittenRow() throws Exception {
    // Each row's slice ends with its line break and the blank lines after it: rewriting the row
    // after them used to drop them, as commons-csv counts a record from the blank lines before it.
    for (String quote : new String[] {"", "\""}) {
      String text = "id,pred,name\nA,1,x\n\n" + quote + "B" + quote + ",2,x\n\nC,3,x\n";
      CsvFile g = GoldenCsvReader.parse(Path.of("g.csv"), text, Columns.DEFAULT);
      assertThat(GoldenRewriter.rewrite(g, Map.of(1, "9", 0, "8"), List.of()))
          .as(quote)
          .isEqualTo("id,pred,name\nA,8,x\n\nB,9,x\n\nC,3,x\n");
    }
  }

  @Test
  void appendsNewRowsInTheFilesFormat() throws Exception {
    String text = "x,id,pred,name\r\nk,A,1.0,t";
    CsvFile g = GoldenCsvReader.parse(Path.of("g.csv"), text, new Columns("id", null, null));
    String out =
        GoldenRewriter.rewrite(
            g, Map.of(), List.of(GoldenRewriter.newRow(g.layout(), "B", "t", "0.5")));
    assertThat(out).isEqualTo("x,id,pred,name\r\nk,A,1.0,t\r\n\"\",B,0.5,t\r\n");
  }
}
