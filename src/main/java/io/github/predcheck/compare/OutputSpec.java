package io.github.predcheck.compare;

import io.github.predcheck.json.Json;
import java.util.List;
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
      pointer = Json.pointer(List.of(name));
    }
  }
}
