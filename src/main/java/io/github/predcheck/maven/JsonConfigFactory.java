package io.github.predcheck.maven;

import io.github.predcheck.compare.JsonRules;
import io.github.predcheck.compare.Tolerance;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.golden.json.JsonGoldenSpec;
import io.github.predcheck.json.PathPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured-golden parameters ({@code goldenJson}, {@code jsonTolerances}, {@code
 * ignorePaths}, {@code rankPaths}) as a {@link JsonGoldenSpec}.
 */
final class JsonConfigFactory {
  private JsonConfigFactory() {}

  static JsonGoldenSpec json(AbstractApiMojo m, Tolerance common) throws ConfigurationException {
    if (m.goldenJson == null) {
      return null;
    }
    List<JsonRules.PathTolerance> tolerances = new ArrayList<>();
    if (m.jsonTolerances != null) {
      for (JsonToleranceParameter t : m.jsonTolerances) {
        PathPattern pattern = pattern(t.path, "jsonTolerances><jsonTolerance><path");
        tolerances.add(
            new JsonRules.PathTolerance(
                pattern,
                ConfigFactory.build(
                    "<jsonTolerance> " + t.path, common, t.absolute, t.relative, t.nanEqual)));
      }
    }
    return new JsonGoldenSpec(
        m.goldenJson.toPath(),
        new JsonRules(
            tolerances,
            common,
            patterns(m.ignorePaths, "ignorePaths><ignorePath"),
            patterns(m.rankPaths, "rankPaths><rankPath")));
  }

  private static List<PathPattern> patterns(List<String> texts, String element)
      throws ConfigurationException {
    List<PathPattern> out = new ArrayList<>();
    for (String t : texts == null ? List.<String>of() : texts) {
      out.add(pattern(t, element));
    }
    return out;
  }

  private static PathPattern pattern(String text, String element) throws ConfigurationException {
    if (text == null || text.isBlank()) {
      throw new ConfigurationException(
          "<"
              + element
              + "> is empty: write a JSON Pointer pattern such as /*/score, or / for the whole response.");
    }
    try {
      return PathPattern.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<" + element + ">: " + e.getMessage() + ".");
    }
  }
}
