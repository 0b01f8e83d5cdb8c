package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoPredictorTest {

  private static DemoPredictor bilinear;
  private static DemoPredictor nearest;

  @BeforeAll
  static void load() throws Exception {
    bilinear = new DemoPredictor(Interpolation.BILINEAR);
    nearest = new DemoPredictor(Interpolation.NEAREST);
  }

  @AfterAll
  static void close() throws Exception {
    bilinear.close();
    nearest.close();
  }

  @Test
  void inferenceIsDeterministic() throws Exception {
    BufferedImage image = SampleDrawings.drawing(3);
    DrawingPrediction first = bilinear.predictDrawing(image);
    assertThat(bilinear.predictDrawing(image)).isEqualTo(first);
    assertThat(bilinear.predictDrawing(SampleDrawings.drawing(3))).isEqualTo(first);
    try (DemoPredictor another = new DemoPredictor(Interpolation.BILINEAR)) {
      assertThat(another.runDrawing(image)).isEqualTo(bilinear.runDrawing(image));
    }
  }

  @Test
  void noiseChangesEachCallWithinItsRelativeAmountAndShiftMovesAll() throws Exception {
    BufferedImage image = SampleDrawings.drawing(3);
    float[] exact = bilinear.runDrawing(image);
    float[] first;
    try (DemoPredictor noisy =
            new DemoPredictor(Interpolation.BILINEAR, new OutputNoise(3e-5, 1, 0));
        DemoPredictor shifted =
            new DemoPredictor(Interpolation.BILINEAR, new OutputNoise(0, 1, 1e-3))) {
      first = noisy.runDrawing(image);
      float[] second = noisy.runDrawing(image);
      assertThat(first).isNotEqualTo(second).isNotEqualTo(exact);
      for (int i = 0; i < exact.length; i++) {
        assertThat((double) first[i]).isCloseTo(exact[i], withinPercentage(3e-3 + 1e-4));
        assertThat((double) shifted.runDrawing(image)[i])
            .isCloseTo(exact[i] * 1.001, withinPercentage(1e-4));
      }
    }
    // The same seed gives the same calls: a test run can be repeated.
    try (DemoPredictor again =
        new DemoPredictor(Interpolation.BILINEAR, new OutputNoise(3e-5, 1, 0))) {
      assertThat(again.runDrawing(image)).isEqualTo(first);
    }
  }

  @Test
  void differentDrawingsGiveClearlyDifferentPlausiblePredictions() throws Exception {
    List<Double> thicknesses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      DrawingPrediction p = bilinear.predictDrawing(SampleDrawings.drawing(i));
      assertThat(p.valid()).isTrue();
      assertThat(p.thickness()).isBetween(1.0, 20.0);
      assertThat(p.width()).isBetween(10.0, 300.0);
      thicknesses.add(p.thickness());
    }
    assertThat(thicknesses.get(1) / thicknesses.get(0)).isNotCloseTo(1.0, within(0.05));
    assertThat(thicknesses.stream().distinct()).hasSize(8);
    assertThat(
            thicknesses.stream().mapToDouble(d -> d).max().getAsDouble()
                / thicknesses.stream().mapToDouble(d -> d).min().getAsDouble())
        .isGreaterThan(1.3);
  }

  @Test
  void nearestAndBilinearDifferSlightly() throws Exception {
    for (int i = 0; i < 4; i++) {
      BufferedImage image = SampleDrawings.drawing(i);
      DrawingPrediction b = bilinear.predictDrawing(image);
      DrawingPrediction n = nearest.predictDrawing(image);
      assertThat(n.thickness())
          .isNotEqualTo(b.thickness())
          .isCloseTo(b.thickness(), withinPercentage(5));
      assertThat(n.width()).isNotEqualTo(b.width()).isCloseTo(b.width(), withinPercentage(5));
    }
  }

  @Test
  void blankAndSolidPagesAreInvalid() throws Exception {
    BufferedImage white = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    white.getGraphics().fillRect(0, 0, 40, 30); // default paint colour is white
    BufferedImage black = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
    assertThat(bilinear.predictDrawing(white).valid()).isFalse();
    assertThat(bilinear.predictDrawing(black).valid()).isFalse();
  }

  @Test
  void grayAndRgbVersionsOfADrawingGiveTheSameInput() {
    BufferedImage gray = SampleDrawings.drawing(5);
    BufferedImage rgb =
        new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(gray, 0, 0, null);
    assertThat(ImagePreprocessor.grayscale(rgb)).containsExactly(ImagePreprocessor.grayscale(gray));
  }

  @Test
  void classifierReturnsTopFiveInDescendingOrder() throws Exception {
    Map<String, Double> top = bilinear.classify(SampleDrawings.drawing(0));
    assertThat(top).hasSize(5);
    assertThat(ModelWeights.CLASSIFIER_LABELS).containsAll(top.keySet());
    List<Double> probabilities = List.copyOf(top.values());
    assertThat(probabilities).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(probabilities).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    assertThat(probabilities.stream().mapToDouble(d -> d).sum()).isLessThanOrEqualTo(1.0 + 1e-6);
  }
}
