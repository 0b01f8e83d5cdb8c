package io.github.predcheck.golden;

import io.github.predcheck.compare.SampleResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Expected values kept in files: the source that obtained values are written like, and that record
 * rewrites. The CSV and the JSON goldens are its two forms.
 */
public interface GoldenFile<E> extends ExpectedSource<E> {
  /** The golden CSV, or the JSON goldens' folder or mapping file. */
  Path path();

  GoldenForm<E> form();

  /**
   * The file beside the reports that holds what the API returned: obtained.csv or obtained.json.
   */
  String obtainedFileName();

  /** What the API returned, in this file's own form, for a person to diff or to copy over it. */
  String obtained(List<SampleResult> results);

  /** What record writes in this mode; never anything of a sample the API failed on. */
  Recording record(List<SampleResult> results, RecordMode mode);
}
