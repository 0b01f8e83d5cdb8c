package io.github.predcheck.demo;

import java.util.SplittableRandom;

/**
 * What a nondeterministic deployment does to the model's raw outputs, for differential and
 * calibration tests: each call multiplies every output by {@code 1 + shift + noise * u}, with
 * {@code u} uniform in [-1, 1) drawn from a generator seeded once per server (as GPU kernels or
 * threaded reductions would, within a relative amount), and {@code shift} a fixed relative change
 * (a dependency update that moved the predictions).
 */
public record OutputNoise(double relative, long seed, double shift) {
  static final OutputNoise NONE = new OutputNoise(0, 1, 0);

  public OutputNoise {
    if (!(relative >= 0 && relative < 1) || !(Math.abs(shift) < 1)) {
      throw new IllegalArgumentException(
          "relative noise must be in [0, 1) and the shift in (-1, 1), got "
              + relative
              + ", "
              + shift);
    }
  }

  boolean none() {
    return relative == 0 && shift == 0;
  }

  /** The same outputs as this deployment would answer them on one call. */
  Source start() {
    return new Source(new SplittableRandom(seed));
  }

  /** The server's one generator; split per call so that concurrent calls share no state. */
  final class Source {
    private final SplittableRandom random;

    private Source(SplittableRandom random) {
      this.random = random;
    }

    float[] apply(float[] outputs) {
      if (none()) {
        return outputs;
      }
      SplittableRandom call;
      synchronized (this) {
        call = random.split();
      }
      float[] out = outputs.clone();
      for (int i = 0; i < out.length; i++) {
        double u = relative == 0 ? 0 : call.nextDouble(-1, 1);
        out[i] = (float) (out[i] * (1 + shift + relative * u));
      }
      return out;
    }
  }
}
