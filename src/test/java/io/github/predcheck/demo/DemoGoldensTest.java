package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGoldensTest {

  @Test
  void writesOneRowPerSampleAndNumericOutput(@TempDir Path dir) throws Exception {
    Path samples = dir.resolve("samples");
    SampleDrawings.write(samples, 3);
    Path csv = dir.resolve("out/golden.csv");

    assertThat(DemoGoldens.write(samples, csv, Interpolation.BILINEAR)).isEqualTo(6);

    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("\n");
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("図面_id,pred,name");
    assertThat(lines).hasSize(7);
    try (DemoPredictor predictor = new DemoPredictor(Interpolation.BILINEAR)) {
      DrawingPrediction first = predictor.predictDrawing(SampleDrawings.drawing(0));
      assertThat(lines.get(1))
          .isEqualTo("WA-20220616-ABC-01/RT-1," + first.thickness() + ",thickness");
      assertThat(lines.get(2)).isEqualTo("WA-20220616-ABC-01/RT-1," + first.width() + ",width");
    }
    assertThat(lines.get(5)).startsWith("WA-20220617-XYZ-02/RT-1,").endsWith(",thickness");
  }
}
