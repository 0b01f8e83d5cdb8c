package io.github.predcheck.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The drawing model's answer; numbers are the float32 outputs widened to double. */
public record DrawingPrediction(double thickness, double width, String material, boolean valid) {

  /** In the field order of the JSON response. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("thickness", thickness);
    json.put("width", width);
    json.put("material", material);
    json.put("valid", valid);
    return json;
  }
}
