package io.github.predcheck.golden.json;

import io.github.predcheck.compare.JsonRules;
import java.nio.file.Path;

/** Structured goldens: where the expected documents are and how they are compared. */
public record JsonGoldenSpec(Path path, JsonRules rules) {}
