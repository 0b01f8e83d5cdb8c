package io.github.predcheck.maven;

import io.github.predcheck.calibrate.Calibration;
import io.github.predcheck.calibrate.Proposal;
import io.github.predcheck.compare.Tolerance;
import java.util.List;

/**
 * The proposed tolerances as pom elements to paste into the execution's configuration: {@code
 * <outputs>} for a golden CSV, {@code <jsonTolerances>} for JSON documents. An output keeps the
 * {@code <pointer>} it is configured with, so pasting loses nothing; {@code <absolute>} and {@code
 * <nanEqual>} appear where they differ from {@code <tolerance>}.
 */
final class CalibrationSnippet {
  static final String FILE_NAME = "calibration-pom.xml";

  private CalibrationSnippet() {}

  static String of(Calibration c, List<OutputParameter> configured) {
    String list = c.json() ? "jsonTolerances" : "outputs";
    String item = c.json() ? "jsonTolerance" : "output";
    StringBuilder out = new StringBuilder("<" + list + ">\n");
    for (Proposal p : c.numeric()) {
      out.append("  <").append(item).append('>');
      if (c.json()) {
        element(out, "path", p.group());
      } else {
        element(out, "name", p.group());
        String pointer = pointer(configured, p.group());
        if (pointer != null) {
          element(out, "pointer", pointer);
        }
      }
      Tolerance t = p.proposed();
      element(out, "relative", Proposal.text(t.relative()));
      if (t.absolute() != c.common().absolute()) {
        element(out, "absolute", Proposal.text(t.absolute()));
      }
      if (t.nanEqual() != c.common().nanEqual()) {
        element(out, "nanEqual", Boolean.toString(t.nanEqual()));
      }
      out.append("</").append(item).append(">\n");
    }
    return out.append("</").append(list).append(">\n").toString();
  }

  private static String pointer(List<OutputParameter> configured, String name) {
    if (configured == null) {
      return null;
    }
    return configured.stream()
        .filter(o -> name.equals(o.name) && o.pointer != null)
        .map(o -> o.pointer)
        .findFirst()
        .orElse(null);
  }

  private static void element(StringBuilder out, String name, String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    out.append('<').append(name).append('>').append(escaped).append("</").append(name).append('>');
  }
}
