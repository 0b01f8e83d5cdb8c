package io.github.predcheck.demo;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Preprocessing plus ONNX Runtime inference for the demo models. The HTTP server and {@link
 * DemoGoldens} both go through this class, so goldens match what the server answers. Sessions are
 * created once; OrtSession.run is thread-safe, so one instance serves all requests.
 */
public final class DemoPredictor implements AutoCloseable {

  private static final String[] MATERIALS = {"steel", "aluminium", "copper"};
  private static final int TOP_K = 5;

  private final ImagePreprocessor preprocessor;
  private final OrtEnvironment env;
  private final OrtSession drawing;
  private final OrtSession classifier;
  private final OutputNoise.Source noise;

  public DemoPredictor(Interpolation interpolation) throws OrtException {
    this(interpolation, OutputNoise.NONE);
  }

  /** With every raw output changed as {@code noise} says (--noise, --shift). */
  DemoPredictor(Interpolation interpolation, OutputNoise noise) throws OrtException {
    this.noise = noise.start();
    this.preprocessor = new ImagePreprocessor(interpolation);
    this.env = OrtEnvironment.getEnvironment();
    this.drawing = session(OnnxModels.drawing());
    try {
      this.classifier = session(OnnxModels.classifier());
    } catch (OrtException | RuntimeException e) {
      drawing.close();
      throw e;
    }
  }

  private OrtSession session(byte[] model) throws OrtException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // One intra-op thread: the server already runs requests in parallel, and a fixed thread
      // count keeps float reductions in the same order on every run.
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      return env.createSession(model, options);
    }
  }

  public DrawingPrediction predictDrawing(BufferedImage image) throws OrtException {
    float[] out = run(drawing, image);
    double thickness = out[0];
    double width = out[1];
    int material = (int) Math.max(0, Math.min(MATERIALS.length - 1, Math.floor(out[2])));
    // A blank page yields the bias (0.5) and a solid black one an absurd value; both are invalid.
    boolean valid = thickness >= 1 && thickness <= 20;
    return new DrawingPrediction(thickness, width, MATERIALS[material], valid);
  }

  /**
   * Top five labels to probabilities, highest first (ties by label order), like TorchServe's image
   * classifier.
   */
  public Map<String, Double> classify(BufferedImage image) throws OrtException {
    float[] probabilities = run(classifier, image);
    List<String> labels = ModelWeights.CLASSIFIER_LABELS;
    Map<String, Double> top = new LinkedHashMap<>();
    IntStream.range(0, labels.size())
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -probabilities[i]).thenComparing(i -> i))
        .limit(TOP_K)
        .forEach(i -> top.put(labels.get(i), (double) probabilities[i]));
    return top;
  }

  /** Raw model outputs, for tests and calibration. */
  float[] run(OrtSession session, BufferedImage image) throws OrtException {
    float[] input = preprocessor.toInput(image);
    long[] shape = {1, 1, OnnxModels.IMAGE_SIZE, OnnxModels.IMAGE_SIZE};
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
        OrtSession.Result result = session.run(Map.of(OnnxModels.INPUT, tensor))) {
      return noise.apply(((float[][]) result.get(0).getValue())[0]);
    }
  }

  float[] runDrawing(BufferedImage image) throws OrtException {
    return run(drawing, image);
  }

  @Override
  public void close() throws OrtException {
    // The OrtEnvironment is a process-wide singleton and stays open for other users.
    try {
      drawing.close();
    } finally {
      classifier.close();
    }
  }
}
