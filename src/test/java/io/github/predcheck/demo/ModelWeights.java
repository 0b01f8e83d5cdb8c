package io.github.predcheck.demo;

import java.util.List;

/**
 * The demo models' weights, from fixed formulas (StrictMath, so every JVM yields the same bits;
 * java.util.Random or Math.sin would not be guaranteed to).
 *
 * <p>The trunk's filters are hand-made detectors (ink, horizontal and vertical edges, thin lines)
 * with a sine perturbation; each bias cancels its filter on white paper, so the pooled features
 * measure ink only and a blank page gives zero features.
 */
final class ModelWeights {

  static final int CHANNELS = 4;
  static final List<String> CLASSIFIER_LABELS =
      List.of("bracket", "flange", "shaft", "gear", "plate", "bolt", "washer", "housing");

  private static final double[][] BASE_FILTERS = {
    {0, 0, 0, 0, -1, 0, 0, 0, 0},
    {-0.25, -0.5, -0.25, 0, 0, 0, 0.25, 0.5, 0.25},
    {-0.25, 0, 0.25, -0.5, 0, 0.5, -0.25, 0, 0.25},
    {0.125, 0.125, 0.125, 0.125, -1, 0.125, 0.125, 0.125, 0.125},
  };

  private ModelWeights() {}

  /** [4, 1, 3, 3]. */
  static float[] convWeights() {
    float[] w = new float[CHANNELS * 9];
    for (int c = 0; c < CHANNELS; c++) {
      for (int k = 0; k < 9; k++) {
        w[c * 9 + k] =
            (float) (BASE_FILTERS[c][k] + 0.05 * StrictMath.sin(0.9 * (c * 9 + k) + 0.4));
      }
    }
    return w;
  }

  /** [4]: minus each filter's sum, i.e. the response to white paper (1.0 everywhere) is zero. */
  static float[] convBias() {
    float[] w = convWeights();
    float[] b = new float[CHANNELS];
    for (int c = 0; c < CHANNELS; c++) {
      double sum = 0;
      for (int k = 0; k < 9; k++) {
        sum += w[c * 9 + k];
      }
      b[c] = (float) -sum;
    }
    return b;
  }

  /**
   * [3, 4]: rows thickness, width, material score. Hand-set so thickness lands around 5..15 and
   * follows the line weight (ink), width follows the edge features, and the material score spreads
   * samples over the three materials.
   */
  static float[] drawingHead() {
    return new float[] {
      180, 40, 60, -50,
      2000, 1000, 0, -500,
      0, -200, 200, 0,
    };
  }

  /** Thickness bias 0.5: a blank page gives 0.5, below the valid range. */
  static float[] drawingHeadBias() {
    return new float[] {0.5f, 5, 1.5f};
  }

  /** [8, 4]. */
  static float[] classifierHead() {
    float[] w = new float[CLASSIFIER_LABELS.size() * CHANNELS];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (40 * StrictMath.sin(1.3 * i + 0.7));
    }
    return w;
  }

  static float[] classifierHeadBias() {
    float[] b = new float[CLASSIFIER_LABELS.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) (0.5 * StrictMath.cos(2.1 * i));
    }
    return b;
  }
}
