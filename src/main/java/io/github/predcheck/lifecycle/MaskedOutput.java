package io.github.predcheck.lifecycle;

import io.github.predcheck.core.Secrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a started API's output into its log file line by line, every secret it echoes masked. Each
 * line is flushed at once, so that the log tail in an error message is up to date.
 */
final class MaskedOutput {
  private MaskedOutput() {}

  /** Starts the copy; the thread returned ends when the API's output does. */
  static Thread copy(InputStream output, Path file, Secrets secrets) throws IOException {
    Writer log = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    Thread copier =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                  log) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  log.write(secrets.mask(line));
                  log.write('\n');
                  log.flush();
                }
              } catch (IOException ended) {
                // the API's output ended with it
              }
            },
            "predcheck-api-log");
    // The copy ends when the API's last process closes its output; it never holds the build.
    copier.setDaemon(true);
    copier.start();
    return copier;
  }
}
