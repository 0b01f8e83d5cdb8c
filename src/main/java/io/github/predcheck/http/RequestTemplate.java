package io.github.predcheck.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.json.Json;
import io.github.predcheck.samples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON request that wraps each sample file, for model servers that take JSON (KServe v1, Open
 * Inference Protocol v2): the template's text with {@code {sample.base64}}, {@code {sample.id}},
 * {@code {sample.fileName}} and {@code {sample.contentType}} replaced by the sample's values,
 * escaped as the contents of a JSON string. Checked once, before any request: it must be JSON once
 * its placeholders are filled in, so every request made from it is.
 */
public final class RequestTemplate {
  /** The placeholders' names, after {@code sample.}. */
  public static final List<String> PLACEHOLDERS =
      List.of("base64", "id", "fileName", "contentType");

  /** Anything written like a placeholder: a misspelt one is an error, not sent as it stands. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{sample\\.([^{}\"\\s]*)}");

  private final String where;

  /** The text between placeholders, as UTF-8; one more than {@link #names}. */
  private final List<byte[]> literals;

  private final List<String> names;

  private RequestTemplate(String where, List<byte[]> literals, List<String> names) {
    this.where = where;
    this.literals = literals;
    this.names = names;
  }

  /**
   * The template a setting gives: inline JSON when it starts with <code>&#123;</code> or {@code [},
   * else the path of a file, relative to {@code base}.
   */
  public static RequestTemplate of(String setting, Path base) throws ConfigurationException {
    String text = setting.strip();
    if (text.startsWith("{") || text.startsWith("[")) {
      return parse(text, Setting.REQUEST_TEMPLATE.toString());
    }
    Path file = base.resolve(text);
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(
          "The request template file "
              + file
              + " named by "
              + Setting.REQUEST_TEMPLATE
              + " does not exist. Give the path of a JSON file (relative to the project's"
              + " folder), or the JSON itself, starting with { or [.");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new ConfigurationException(
          "Cannot read the request template " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code where} names the template in messages: its file, or the setting. */
  public static RequestTemplate parse(String text, String where) throws ConfigurationException {
    List<byte[]> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder dummy = new StringBuilder(text.length());
    Matcher m = PLACEHOLDER.matcher(text);
    int from = 0;
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        throw new ConfigurationException(
            where
                + " "
                + position(text, m.start())
                + ": unknown placeholder "
                + m.group()
                + " in the request template; the known ones are "
                + String.join(", ", PLACEHOLDERS.stream().map(n -> "{sample." + n + "}").toList())
                + ". Fix "
                + Setting.REQUEST_TEMPLATE
                + ".");
      }
      literals.add(text.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
      names.add(m.group(1));
      // As long as the placeholder, so that Jackson's line and column are the template's own.
      dummy.append(text, from, m.start()).append("x".repeat(m.group().length()));
      from = m.end();
    }
    literals.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
    dummy.append(text, from, text.length());
    try {
      // Trailing text after the document is an error too, which readTree alone lets through.
      Json.MAPPER
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(dummy.toString());
    } catch (JsonProcessingException e) {
      throw new ConfigurationException(
          where
              + ": the request template is not JSON once its placeholders are filled in: "
              + Json.problem(e)
              + ". Write each placeholder inside a JSON string, e.g. \"data\":"
              + " [\"{sample.base64}\"], and fix "
              + Setting.REQUEST_TEMPLATE
              + ".",
          e);
    }
    return new RequestTemplate(where, List.copyOf(literals), List.copyOf(names));
  }

  private static String position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + " column " + (offset - lineStart + 1);
  }

  /** The file or setting the template came from. */
  public String where() {
    return where;
  }

  /**
   * The request for one sample, built in memory in one array of its exact size: the file is
   * base64-encoded straight into it, so a large file costs about 4/3 of its size, once.
   */
  public byte[] render(Sample sample) throws IOException {
    byte[][] values = new byte[names.size()][];
    long size = 0;
    for (byte[] literal : literals) {
      size += literal.length;
    }
    for (int i = 0; i < names.size(); i++) {
      values[i] =
          switch (names.get(i)) {
            case "base64" -> null;
            case "id" -> escaped(sample.id());
            case "fileName" -> escaped(sample.file().getFileName().toString());
            default -> escaped(sample.contentType());
          };
      size += values[i] != null ? values[i].length : 4 * ((Files.size(sample.file()) + 2) / 3);
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException(
          "the request made from " + sample.file() + " would be larger than 2 GB");
    }
    Body body = new Body((int) size, sample.file());
    for (int i = 0; i < names.size(); i++) {
      body.write(literals.get(i));
      if (values[i] != null) {
        body.write(values[i]);
      } else {
        base64(sample.file(), body);
      }
    }
    body.write(literals.get(names.size()));
    return body.full();
  }

  /** Base64's alphabet needs no escaping in a JSON string. */
  private static void base64(Path file, Body body) throws IOException {
    // Closing the encoder writes its padding; closing a Body does nothing.
    try (InputStream in = Files.newInputStream(file);
        OutputStream encoder = Base64.getEncoder().wrap(body)) {
      in.transferTo(encoder);
    }
  }

  /** The request's bytes, written into an array of the size computed from the file's size. */
  private static final class Body extends OutputStream {
    private final byte[] bytes;
    private final Path file;
    private int length;

    Body(int size, Path file) {
      this.bytes = new byte[size];
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      room(1);
      bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      room(len);
      System.arraycopy(b, off, bytes, length, len);
      length += len;
    }

    private void room(int n) throws IOException {
      if (length + n > bytes.length) {
        throw changed();
      }
    }

    byte[] full() throws IOException {
      if (length != bytes.length) {
        throw changed();
      }
      return bytes;
    }

    private IOException changed() {
      return new IOException("the sample file " + file + " changed while it was read");
    }
  }

  /** JSON string contents: quotes, backslashes and control characters escaped; UTF-8. */
  private static byte[] escaped(String value) {
    return JsonStringEncoder.getInstance().quoteAsUTF8(value);
  }

  @Override
  public String toString() {
    return "request template " + where;
  }
}
