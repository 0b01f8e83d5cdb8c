package io.github.predcheck.golden.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each sample's rows in a golden CSV (their positions in {@link CsvFile#rows}), samples in order of
 * first appearance. The reader builds it as it reads, one lookup a row: it also gives the rows of a
 * sample one id String, and finds an output given twice without a search through the sample's rows.
 */
public final class SampleIndex {
  /** Up to this many rows a sample's names are compared one by one; beyond, through a map. */
  private static final int SCAN = 8;

  private final Map<String, Sample> byId = new LinkedHashMap<>();

  /** The sample ids, in order of first appearance. */
  public Set<String> ids() {
    return Collections.unmodifiableSet(byId.keySet());
  }

  public int size() {
    return byId.size();
  }

  /** The sample's row positions, in the file's order; null for an id without rows. */
  int[] rows(String id) {
    Sample s = byId.get(id);
    return s == null ? null : s.positions();
  }

  Sample sample(String id) {
    return byId.computeIfAbsent(id, Sample::new);
  }

  /** One sample's rows, as they are added. */
  static final class Sample {
    final String id;
    private int[] rows = new int[4];
    private String[] names = new String[4];
    private int count;
    private Map<String, Integer> byName;

    Sample(String id) {
      this.id = id;
    }

    /** The position of the sample's row for this output (null: no name column), or -1. */
    int find(String name) {
      if (byName != null) {
        Integer row = byName.get(name);
        return row == null ? -1 : row;
      }
      for (int i = 0; i < count; i++) {
        if (Objects.equals(names[i], name)) {
          return rows[i];
        }
      }
      return -1;
    }

    void add(int position, String name) {
      if (count == rows.length) {
        rows = Arrays.copyOf(rows, count * 2);
        names = Arrays.copyOf(names, count * 2);
      }
      rows[count] = position;
      names[count++] = name;
      if (byName != null) {
        byName.put(name, position);
      } else if (count > SCAN) {
        // Many outputs per sample (a row per class): a map keeps the duplicate check linear.
        byName = new HashMap<>();
        for (int i = 0; i < count; i++) {
          byName.put(names[i], rows[i]);
        }
      }
    }

    private int[] positions() {
      return Arrays.copyOf(rows, count);
    }
  }
}
