package io.github.predcheck.golden.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A golden CSV as read: its rows, each sample's rows ({@code samples}), its layout, and what is
 * needed to write it back in its own format (BOM, line separator, the original text).
 */
public record CsvFile(
    Path path,
    GoldenLayout layout,
    List<GoldenRow> rows,
    SampleIndex samples,
    boolean bom,
    String lineSeparator,
    String text) {
  public CsvFile {
    rows = List.copyOf(rows);
  }

  /** Sample ids in order of first appearance. */
  public Set<String> sampleIds() {
    return samples.ids();
  }
}
