package io.github.predcheck.demo;

import java.io.IOException;

/** The demo server with seeded noise and a shift, for tests outside this package (calibrate). */
public final class NoisyDemoServer {
  private NoisyDemoServer() {}

  /** As {@code --noise=noise --noise-seed=seed --shift=shift}, on a free port. */
  public static DemoModelServer start(double noise, long seed, double shift) throws IOException {
    return DemoModelServer.start(
        0, DemoModelServer.Options.defaults().withNoise(new OutputNoise(noise, seed, shift)));
  }
}
