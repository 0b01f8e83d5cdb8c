package io.github.predcheck.maven;

import io.github.predcheck.core.Log;
import io.github.predcheck.core.PredcheckException;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes the golden file from the live API, for when a change in the predictions is intended. Run
 * it with an execution's configuration: {@code mvn predcheck:record@<execution id>}.
 */
@Mojo(name = "record", threadSafe = true)
public class RecordMojo extends AbstractApiMojo {
  /** Maven's own decrypter, so that settings.xml passwords decrypt as Maven decrypts them. */
  @Inject
  public RecordMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  /**
   * {@code missing}: only samples without golden rows; {@code failing}: rewrite only the rows that
   * diverged; {@code all}: rewrite every row. {@code missing} and {@code failing} keep every other
   * row byte for byte.
   */
  @Parameter(property = UserProperties.RECORD, defaultValue = "missing")
  String record;

  @Override
  protected void run(Log log) throws PredcheckException, MojoFailureException {
    RecordGoal.record(this, record, log);
  }
}
