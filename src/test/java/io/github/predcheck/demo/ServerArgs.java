package io.github.predcheck.demo;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The demo server's command line: {@code --port=N --bind=ADDRESS --startup-delay-ms=N
 * --exit-at-start=N --never-ready --interpolation=bilinear|nearest --unavailable-every=N
 * --v2-outputs-reversed --noise=R --noise-seed=N --shift=R --token=T|--token-env=NAME}.
 */
record ServerArgs(
    int port, OptionalInt exitAtStart, DemoModelServer.Options options, TokenAuth auth) {

  static final String USAGE =
      "usage: DemoModelServer [--port=N (0 = any free port, default 0)]"
          + " [--bind=ADDRESS (default 127.0.0.1)] [--startup-delay-ms=N] [--never-ready] [--interpolation=bilinear|nearest] [--exit-at-start=N]"
          + " [--unavailable-every=N (every N-th prediction answers 503)]"
          + " [--v2-outputs-reversed (Open Inference Protocol v2 outputs last to first)]"
          + " [--noise=R (each call multiplies outputs by 1 + R*u, u uniform in [-1, 1))]"
          + " [--noise-seed=N (default 1)] [--shift=R (outputs multiplied by 1 + R)]"
          + " [--token=T | --token-env=NAME (require Authorization: Bearer T, T read from $NAME)]";

  static ServerArgs parse(String... args) {
    int port = 0;
    OptionalInt exitAtStart = OptionalInt.empty();
    DemoModelServer.Options options = DemoModelServer.Options.defaults();
    TokenAuth auth = TokenAuth.OPEN;
    double noise = 0;
    double shift = 0;
    long seed = 1;
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--port" -> port = number(name, value, 65535);
        case "--bind" -> options = options.withBind(required(name, value));
        case "--startup-delay-ms" ->
            options =
                options.withStartupDelay(Duration.ofMillis(number(name, value, Integer.MAX_VALUE)));
        case "--exit-at-start" -> exitAtStart = OptionalInt.of(number(name, value, 255));
        case "--never-ready" -> options = options.withNeverReady(flag(name, value));
        case "--unavailable-every" ->
            options = options.withUnavailableEvery(number(name, value, Integer.MAX_VALUE));
        case "--v2-outputs-reversed" -> options = options.withV2OutputsReversed(flag(name, value));
        case "--interpolation" ->
            options = options.withInterpolation(Interpolation.parse(required(name, value)));
        case "--noise" -> noise = fraction(name, value);
        case "--shift" -> shift = fraction(name, value);
        case "--noise-seed" -> seed = number(name, value, Integer.MAX_VALUE);
        case "--token" -> auth = new TokenAuth(required(name, value));
        // The token from the environment keeps it out of the command line, which is logged.
        case "--token-env" ->
            auth = new TokenAuth(required(name, System.getenv(required(name, value))));
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    if (noise != 0 || shift != 0) {
      options = options.withNoise(new OutputNoise(noise, seed, shift));
    }
    return new ServerArgs(port, exitAtStart, options, auth);
  }

  private static double fraction(String name, String value) {
    try {
      double d = Double.parseDouble(required(name, value));
      if (Math.abs(d) < 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the expected range
    }
    throw new IllegalArgumentException(
        name + " needs a relative amount between -1 and 1, e.g. 3e-5, got '" + value + "'");
  }

  private static int number(String name, String value, int max) {
    try {
      int n = Integer.parseInt(required(name, value));
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the expected range
    }
    throw new IllegalArgumentException(
        name + " needs a whole number from 0 to " + max + ", got '" + value + "'");
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a value, e.g. " + name + "=...");
    }
    return value;
  }

  private static boolean flag(String name, String value) {
    if (value == null) {
      return true;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException(
        name + " takes no value (or =true/=false), got '" + value + "'");
  }
}
