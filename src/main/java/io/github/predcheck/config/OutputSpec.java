package io.github.predcheck.config;

import io.github.predcheck.compare.Tolerance;
import java.util.Objects;

/**
 * One named output of the model: where it is in the response (a JSON Pointer, "" for the whole
 * response) and how closely it must match.
 */
public record OutputSpec(String name, String pointer, Tolerance tolerance) {
  public OutputSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tolerance, "tolerance");
    if (pointer == null) {
      pointer = defaultPointer(name);
    }
  }

  /** {@code /<name>}, with JSON Pointer escaping of '~' and '/'. */
  public static String defaultPointer(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
