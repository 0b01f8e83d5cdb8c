package io.github.predcheck.lifecycle;

import java.time.Duration;
import java.util.List;

/** The probes polled, in order, before the first sample is sent. */
public record Readiness(List<Probe> probes, Duration timeout, Duration interval) {
  public static final Readiness NONE =
      new Readiness(List.of(), Duration.ofSeconds(60), Duration.ofMillis(500));

  public Readiness {
    probes = List.copyOf(probes);
  }
}
