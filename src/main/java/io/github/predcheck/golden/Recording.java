package io.github.predcheck.golden;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What record writes: the new content of each file, what changed (for the log, e.g. "2 rows
 * rewritten, 1 new sample added (2 rows)"), and the samples left out because the API failed on
 * them.
 */
public record Recording(Map<Path, String> files, String changes, Set<String> notRecorded) {
  public Recording {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    notRecorded = Collections.unmodifiableSet(new LinkedHashSet<>(notRecorded));
  }

  public boolean changesAnything() {
    return !files.isEmpty();
  }
}
