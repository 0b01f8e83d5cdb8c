package io.github.predcheck.samples;

import java.nio.file.Path;

/** A sample input file and the id the golden file knows it by. */
public record Sample(String id, Path file) {
  public String contentType() {
    return ContentTypes.forFile(file.getFileName().toString());
  }
}
