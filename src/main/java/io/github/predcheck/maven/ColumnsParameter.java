package io.github.predcheck.maven;

/**
 * {@code <columns>}: golden CSV column names. {@code id}: default the first column, whatever its
 * header; {@code value}: default {@code pred}; {@code name}: default {@code name}.
 */
public class ColumnsParameter {
  String id;
  String value;
  String name;
}
