package io.github.predcheck.lifecycle;

import io.github.predcheck.core.VisibleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a log file, read without holding the whole file. */
public final class LogTail {
  private LogTail() {}

  public static List<String> of(Path file, int lines) {
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    Deque<String> tail = new ArrayDeque<>();
    try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
      all.forEach(
          line -> {
            tail.addLast(line);
            if (tail.size() > lines) {
              tail.removeFirst();
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
    return List.copyOf(tail);
  }

  /** The last lines of a command's output. */
  public static List<String> last(String text, int lines) {
    List<String> all = text.lines().toList();
    return all.subList(Math.max(0, all.size() - lines), all.size());
  }

  /** Indented lines for an error message. */
  public static String indent(List<String> lines) {
    StringBuilder out = new StringBuilder();
    // The API's own output: its colours and control characters are shown, not sent to the terminal.
    lines.forEach(l -> out.append("\n    | ").append(VisibleText.line(l)));
    return out.toString();
  }
}
