package io.github.predcheck.golden.csv;

import io.github.predcheck.compare.OutputSpec;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outputs to compare, resolved against a golden file: configured ones first, then any name the
 * golden file holds, compared at {@code /<name>} with the common tolerance.
 */
public final class OutputSet {
  private final Map<String, OutputSpec> byName = new LinkedHashMap<>();
  private final OutputSpec single;
  private final Tolerance common;

  /** byName's values, made once: asked for per row. */
  private List<OutputSpec> all;

  private OutputSet(OutputSpec single, Tolerance common) {
    this.single = single;
    this.common = common;
  }

  public static OutputSet resolve(
      CsvFile golden, String nameColumn, List<OutputSpec> configured, Tolerance common)
      throws ConfigurationException {
    if (!golden.layout().hasNameColumn()) {
      if (configured.size() != 1) {
        throw new ConfigurationException(
            "Golden file "
                + golden.path()
                + " has no '"
                + nameColumn
                + "' column, so it holds one output per"
                + " sample; configure exactly one output in "
                + Setting.OUTPUTS
                + " (found "
                + configured.size()
                + "), or add a name column.");
      }
      OutputSet set = new OutputSet(configured.get(0), common);
      set.byName.put(configured.get(0).name(), configured.get(0));
      set.all = List.of(configured.get(0));
      return set;
    }
    Set<String> names = new LinkedHashSet<>();
    golden.rows().forEach(row -> names.add(row.name()));
    OutputSet set = new OutputSet(null, common);
    for (OutputSpec spec : configured) {
      // A misspelt name would leave its tolerance unused and the default in force.
      if (!names.isEmpty() && !names.contains(spec.name())) {
        throw new ConfigurationException(
            "The output '"
                + spec.name()
                + "' in "
                + Setting.OUTPUTS
                + " is not a name in "
                + golden.path()
                + ", which has: "
                + String.join(", ", names)
                + ". Fix its name.");
      }
      set.byName.put(spec.name(), spec);
    }
    for (String name : names) {
      set.byName.computeIfAbsent(name, n -> new OutputSpec(n, null, common));
    }
    set.all = List.copyOf(set.byName.values());
    return set;
  }

  /**
   * The output a golden row compares against; a name found only in an answer (a baseline's, with no
   * golden file naming it) at {@code /<name>} with the common tolerance.
   */
  public OutputSpec forRow(GoldenRow row) {
    if (single != null) {
      return single;
    }
    OutputSpec spec = byName.get(row.name());
    return spec != null ? spec : new OutputSpec(row.name(), null, common);
  }

  /** Every output, in order: what a new sample is asked for. */
  public List<OutputSpec> all() {
    return all;
  }

  /** The output of this name; null when there is none. */
  public OutputSpec named(String name) {
    return byName.get(name);
  }
}
