package io.github.predcheck.golden.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenCsvReaderTest {
  @TempDir Path dir;

  private CsvFile read(String content) throws Exception {
    Path file = dir.resolve("golden.csv");
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return GoldenCsvReader.read(file, Columns.DEFAULT);
  }

  @Test
  void readsTheModelTeamsFormatWhateverTheIdHeader() throws Exception {
    CsvFile g = read("図面_id,pred,name\nWA-20220616-ABC-01/RT-1,9.607873916625977,thickness\n");
    assertThat(g.layout().header()).containsExactly("図面_id", "pred", "name");
    assertThat(g.rows()).hasSize(1);
    GoldenRow row = g.rows().get(0);
    assertThat(row.id()).isEqualTo("WA-20220616-ABC-01/RT-1");
    assertThat(row.value()).isEqualTo("9.607873916625977");
    assertThat(row.name()).isEqualTo("thickness");
    assertThat(row.line()).isEqualTo(2);
    assertThat(g.bom()).isFalse();
    assertThat(g.lineSeparator()).isEqualTo("\n");
  }

  @Test
  void acceptsBomAndCrlf() throws Exception {
    CsvFile g = read("\uFEFF図面_id,pred,name\r\nA/1,1.5,thickness\r\nA/1,2.5,width\r\n");
    assertThat(g.bom()).isTrue();
    assertThat(g.lineSeparator()).isEqualTo("\r\n");
    assertThat(g.layout().header().get(0)).isEqualTo("図面_id");
    assertThat(g.rows()).extracting(GoldenRow::name).containsExactly("thickness", "width");
    assertThat(g.rows()).extracting(GoldenRow::line).containsExactly(2, 3);
    assertThat(g.sampleIds()).containsExactly("A/1");
  }

  @Test
  void nameColumnIsOptionalAndColumnsAreConfigurable() throws Exception {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "value,drawing\n3.5,A\n");
    CsvFile g = GoldenCsvReader.read(file, new Columns("drawing", "value", null));
    assertThat(g.layout().hasNameColumn()).isFalse();
    assertThat(g.rows().get(0).id()).isEqualTo("A");
    assertThat(g.rows().get(0).value()).isEqualTo("3.5");
    assertThat(g.rows().get(0).name()).isNull();
  }

  @Test
  void lineNumbersCountBlankLines() throws Exception {
    // commons-csv starts a record at the blank lines before it: the lines were one short.
    for (String quote : new String[] {"", "\""}) {
      CsvFile g = read("id,pred,name\n\nA,1,x\n\n\n" + quote + "B" + quote + ",2,x\n");
      assertThat(g.rows()).extracting(GoldenRow::line).as(quote).containsExactly(3, 6);
    }
  }

  @Test
  void quotedCellsKeepCommasAndLineNumbersFollowMultilineCells() throws Exception {
    CsvFile g = read("id,pred,name\n\"a,b\",1,x\n\"c\nd\",2,x\ne,3,x\n");
    assertThat(g.rows()).extracting(GoldenRow::id).containsExactly("a,b", "c\nd", "e");
    assertThat(g.rows()).extracting(GoldenRow::line).containsExactly(2, 3, 5);
  }

  @Test
  void errorsNameTheFileTheLineAndTheFix() {
    assertThatThrownBy(() -> read("id,value,name\nA,1,x\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("golden.csv line 1")
        .hasMessageContaining("no column 'pred'")
        .hasMessageContaining(Setting.COLUMNS_VALUE.toString());
    assertThatThrownBy(() -> read("id,pred,name\nA,1\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("2 cells");
    assertThatThrownBy(() -> read("id,pred,name\nA,1,x\nB,1,x\nA,2,x\n"))
        .hasMessageContaining("line 4")
        .hasMessageContaining("already on line 2");
    assertThatThrownBy(() -> read("")).hasMessageContaining("is empty");
    assertThatThrownBy(() -> read("id,pred,name\nA,1,x\nB,,x\n"))
        .hasMessageContaining("golden.csv line 3 column 2")
        .hasMessageContaining("the expected value of sample 'B' output 'x' is empty");
    assertThatThrownBy(() -> read("id,pred,name\nA\u0000B,1,x\n"))
        .hasMessageContaining("golden.csv line 2")
        .hasMessageContaining("NUL character");
    assertThatThrownBy(() -> read("id;pred;name\nA;1;x\n"))
        .hasMessageContaining("golden.csv line 1")
        .hasMessageContaining("looks semicolon-separated");
    assertThatThrownBy(() -> read("id\tpred\tname\nA\t1\tx\n"))
        .hasMessageContaining("looks tab-separated");
    assertThatThrownBy(() -> GoldenCsvReader.read(dir.resolve("nope.csv"), Columns.DEFAULT))
        .hasMessageContaining("does not exist")
        .hasMessageContaining(Setting.RECORD_GOAL.toString());
  }

  @Test
  void readsAReplacementCharacterThatIsReallyInTheFile() throws Exception {
    // U+FFFD is also what a lenient decoder writes for bad bytes: here it is the file's own.
    CsvFile g = read("id,pred,name\nA\uFFFD,1,x\n");
    assertThat(g.rows().get(0).id()).isEqualTo("A\uFFFD");
  }

  @Test
  void aSampleWithManyOutputsStillHasEachOnce() throws Exception {
    StringBuilder csv = new StringBuilder("id,pred,name\n");
    for (int k = 0; k < 20; k++) {
      csv.append("A,").append(k).append(",class").append(k).append('\n');
    }
    CsvFile g = read(csv.toString());
    assertThat(g.rows()).hasSize(20);
    // One id String for the sample's rows, one name String per output, however many rows.
    assertThat(g.rows().get(19).id()).isSameAs(g.rows().get(0).id());
    assertThatThrownBy(() -> read(csv + "A,1,class3\n"))
        .hasMessageContaining("line 22")
        .hasMessageContaining("output 'class3' is already on line 5");
  }

  @Test
  void rejectsFilesThatAreNotUtf8() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "id,pred,name\nZ\u00fcrich,1,x\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> GoldenCsvReader.read(file, Columns.DEFAULT))
        .hasMessageContaining("not UTF-8");
  }
}
