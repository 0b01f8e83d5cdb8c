package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.predcheck.core.ConfigurationException;
import io.github.predcheck.core.Setting;
import io.github.predcheck.json.Json;
import io.github.predcheck.samples.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestTemplateTest {
  private static final String V2 =
      "{\"inputs\": [{\"name\": \"image\", \"shape\": [1], \"datatype\": \"BYTES\","
          + " \"data\": [\"{sample.base64}\"]}],"
          + " \"parameters\": {\"id\": \"{sample.id}\", \"file\": \"{sample.fileName}\","
          + " \"type\": \"{sample.contentType}\"}}";

  @TempDir Path dir;

  private Sample sample(String id, String fileName, byte[] bytes) throws Exception {
    Path file = dir.resolve(fileName);
    Files.write(file, bytes);
    return new Sample(id, file);
  }

  private static JsonNode render(RequestTemplate t, Sample s) throws Exception {
    return Json.parse(new String(t.render(s), StandardCharsets.UTF_8));
  }

  @Test
  void placeholdersBecomeTheSamplesValuesAsJsonStringContents() throws Exception {
    byte[] png = new byte[1000];
    for (int i = 0; i < png.length; i++) {
      png[i] = (byte) (i * 7);
    }
    // An id with a quote, a backslash, a control character and non-ASCII text.
    String id = "図面 \"A\\B\"\t/1";
    JsonNode request = render(RequestTemplate.parse(V2, "inline"), sample(id, "図面 \"x\".png", png));
    assertThat(Base64.getDecoder().decode(request.at("/inputs/0/data/0").textValue()))
        .isEqualTo(png);
    assertThat(request.at("/parameters/id").textValue()).isEqualTo(id);
    assertThat(request.at("/parameters/file").textValue()).isEqualTo("図面 \"x\".png");
    assertThat(request.at("/parameters/type").textValue()).isEqualTo("image/png");
  }

  @Test
  void everyLengthIsEncodedWholeTwiceOver() throws Exception {
    RequestTemplate twice =
        RequestTemplate.parse("[\"{sample.base64}\", \"{sample.base64}\"]", "t");
    for (int n = 1; n <= 7; n++) {
      byte[] bytes = new byte[n];
      bytes[n - 1] = (byte) (200 + n);
      Sample s = sample("s" + n, "s" + n + ".bin", bytes);
      byte[] body = twice.render(s);
      JsonNode request = Json.parse(new String(body, StandardCharsets.UTF_8));
      assertThat(Base64.getDecoder().decode(request.get(0).textValue())).isEqualTo(bytes);
      assertThat(request.get(1)).isEqualTo(request.get(0));
    }
  }

  @Test
  void anEmptyFileIsAnEmptyString() throws Exception {
    JsonNode request =
        render(
            RequestTemplate.parse("[\"{sample.base64}\"]", "inline"),
            sample("e", "e.bin", new byte[0]));
    assertThat(request.get(0).textValue()).isEmpty();
  }

  @Test
  void aPathIsReadFromTheProjectFolderAndInlineJsonIsTakenAsItIs() throws Exception {
    Files.writeString(dir.resolve("v2.json"), V2);
    assertThat(RequestTemplate.of("v2.json", dir).where())
        .isEqualTo(dir.resolve("v2.json").toString());
    assertThat(RequestTemplate.of("  " + V2, dir).where())
        .isEqualTo(Setting.REQUEST_TEMPLATE.toString());
    assertThatThrownBy(() -> RequestTemplate.of("nope.json", dir))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .isEqualTo(
                        "The request template file "
                            + dir.resolve("nope.json")
                            + " named by REQUEST_TEMPLATE does not exist. Give the path of a JSON"
                            + " file (relative to the project's folder), or the JSON itself,"
                            + " starting with { or [."));
  }

  @Test
  void aTemplateThatIsNoJsonOnceFilledInNamesTheFileLineAndColumn() throws Exception {
    Path file = dir.resolve("v1.json");
    // The placeholder outside a string: line 2, column 18 is where the filled-in value starts.
    Files.writeString(file, "{\"instances\": [\n  {\"b64\": 1, \"x\": {sample.base64}}\n]}");
    assertThatThrownBy(() -> RequestTemplate.of("v1.json", dir))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .startsWith(
                        file
                            + ": the request template is not JSON once its placeholders are"
                            + " filled in: Unrecognized token")
                    .contains("at line 2 column ")
                    .endsWith(
                        "Write each placeholder inside a JSON string, e.g. \"data\":"
                            + " [\"{sample.base64}\"], and fix REQUEST_TEMPLATE."));
    assertThatThrownBy(() -> RequestTemplate.parse("{\"a\": \"{sample.id}\"} {", "inline"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void anUnknownPlaceholderIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> RequestTemplate.parse("{\n \"a\": \"{sample.bytes}\"}", "t.json"))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(Setting.plain(e.getMessage()))
                    .isEqualTo(
                        "t.json line 2 column 8: unknown placeholder {sample.bytes} in the request"
                            + " template; the known ones are {sample.base64}, {sample.id},"
                            + " {sample.fileName}, {sample.contentType}. Fix REQUEST_TEMPLATE."));
  }
}
