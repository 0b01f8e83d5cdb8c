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
  void appendsNewRowsInTheFilesFormat() throws Exception {
    String text = "x,id,pred,name\r\nk,A,1.0,t";
    CsvFile g = GoldenCsvReader.parse(Path.of("g.csv"), text, new Columns("id", null, null));
    String out =
        GoldenRewriter.rewrite(
            g, Map.of(), List.of(GoldenRewriter.newRow(g.layout(), "B", "t", "0.5")));
    assertThat(out).isEqualTo("x,id,pred,name\r\nk,A,1.0,t\r\n\"\",B,0.5,t\r\n");
  }
}
