package io.github.predcheck.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one ObjectMapper of the plugin, and JSON Pointer look-ups. */
public final class Json {
  /** Python's json.dumps writes NaN and Infinity by default; model APIs return them. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  private Json() {}

  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** The node at a JSON Pointer ("" is the whole document); a MissingNode when absent. */
  public static JsonNode at(JsonNode root, String pointer) {
    return root.at(JsonPointer.compile(pointer));
  }

  /** Checks a pointer's syntax, returning the reason when it is not a JSON Pointer, else null. */
  public static String pointerProblem(String pointer) {
    try {
      JsonPointer.compile(pointer);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
