package io.github.predcheck.golden.csv;

/**
 * Golden CSV column names. {@code id} null means "the first column, whatever its header is called"
 * (the 図面_id case).
 */
public record Columns(String id, String value, String name) {
  public static final Columns DEFAULT = new Columns(null, "pred", "name");

  public Columns {
    if (value == null || value.isBlank()) {
      value = DEFAULT.value();
    }
    if (name == null || name.isBlank()) {
      name = DEFAULT.name();
    }
    if (id != null && id.isBlank()) {
      id = null;
    }
  }
}
