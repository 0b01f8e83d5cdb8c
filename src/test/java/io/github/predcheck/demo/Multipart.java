package io.github.predcheck.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough multipart/form-data (RFC 7578) to take an image from a form field, as TorchServe does
 * for {@code curl -F data=@file.png}. Whole bodies are in memory; requests are small.
 */
final class Multipart {

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary=(\"([^\"]+)\"|[^;\\s]+)");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=(\"([^\"]*)\"|[^;\\s]+)");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private Multipart() {}

  static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  static Optional<String> boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(1)) : Optional.empty();
  }

  /** Field name to content; the first part wins for repeated names. */
  static Map<String, byte[]> parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, byte[]> fields = new LinkedHashMap<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new IllegalArgumentException("no boundary '" + boundary + "' in the body");
    }
    pos += delimiter.length;
    while (true) {
      if (startsWith(body, pos, new byte[] {'-', '-'})) {
        return fields;
      }
      int lineEnd = indexOf(body, CRLF, pos); // skips transport padding after the delimiter
      int headersEnd = lineEnd < 0 ? -1 : indexOf(body, HEADER_END, lineEnd);
      if (lineEnd < 0 || headersEnd < 0) {
        throw new IllegalArgumentException("part headers are not terminated by a blank line");
      }
      // A part without headers has its blank line right after the delimiter line.
      String headers =
          lineEnd == headersEnd
              ? ""
              : new String(body, lineEnd + 2, headersEnd - lineEnd - 2, StandardCharsets.UTF_8);
      int contentStart = headersEnd + HEADER_END.length;
      int contentEnd = indexOf(body, nextDelimiter, contentStart);
      if (contentEnd < 0) {
        throw new IllegalArgumentException("missing closing boundary");
      }
      fieldName(headers)
          .ifPresent(
              name ->
                  fields.computeIfAbsent(
                      name, n -> Arrays.copyOfRange(body, contentStart, contentEnd)));
      pos = contentEnd + nextDelimiter.length;
    }
  }

  private static Optional<String> fieldName(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        Matcher m = NAME.matcher(line);
        if (m.find()) {
          return Optional.of(m.group(2) != null ? m.group(2) : m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, int from, byte[] prefix) {
    if (from + prefix.length > data.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    for (int i = from; i <= data.length - pattern.length; i++) {
      if (startsWith(data, i, pattern)) {
        return i;
      }
    }
    return -1;
  }
}
