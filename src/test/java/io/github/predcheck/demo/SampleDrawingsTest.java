package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDrawingsTest {

  @Test
  void idsAreGroupedInWorkOrderFolders() {
    assertThat(SampleDrawings.ids(5))
        .containsExactly(
            "WA-20220616-ABC-01/RT-1",
            "WA-20220616-ABC-01/RT-2",
            "WA-20220617-XYZ-02/RT-1",
            "WA-20220618-KLM-03/RT-1",
            "WA-20220618-KLM-03/RT-2");
    assertThat(SampleDrawings.ids(40)).doesNotHaveDuplicates().hasSize(40);
  }

  @Test
  void drawingsArePixelIdenticalAcrossGenerations() {
    for (int i = 0; i < 6; i++) {
      assertThat(pixels(SampleDrawings.drawing(i))).isEqualTo(pixels(SampleDrawings.drawing(i)));
    }
    assertThat(pixels(SampleDrawings.drawing(0))).isNotEqualTo(pixels(SampleDrawings.drawing(1)));
  }

  @Test
  void drawingsArePureBlackAndWhiteWithSomeInk() {
    int[] values = pixels(SampleDrawings.drawing(2));
    assertThat(Arrays.stream(values).distinct().sorted().toArray()).containsExactly(0, 255);
    long ink = Arrays.stream(values).filter(v -> v == 0).count();
    assertThat(ink).isBetween(values.length / 50L, values.length / 5L);
  }

  @Test
  void writesPngsThatDecodeToTheSamePixels(@TempDir Path dir) throws Exception {
    List<Path> files = SampleDrawings.write(dir, 3);
    assertThat(files)
        .containsExactly(
            dir.resolve("WA-20220616-ABC-01/RT-1.png"),
            dir.resolve("WA-20220616-ABC-01/RT-2.png"),
            dir.resolve("WA-20220617-XYZ-02/RT-1.png"));
    BufferedImage read = ImageIO.read(files.get(2).toFile());
    assertThat(read.getWidth()).isEqualTo(SampleDrawings.WIDTH);
    assertThat(read.getHeight()).isEqualTo(SampleDrawings.HEIGHT);
    assertThat(pixels(read)).isEqualTo(pixels(SampleDrawings.drawing(2)));
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
  }
}
