package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartTest {

  @Test
  void findsTheBoundaryQuotedOrNot() {
    assertThat(Multipart.boundary("multipart/form-data; boundary=----abc123"))
        .hasValue("----abc123");
    assertThat(Multipart.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\""))
        .hasValue("a b");
    assertThat(Multipart.boundary("multipart/form-data")).isEmpty();
    assertThat(Multipart.isMultipart("Multipart/Form-Data; boundary=x")).isTrue();
    assertThat(Multipart.isMultipart("image/png")).isFalse();
    assertThat(Multipart.isMultipart(null)).isFalse();
  }

  @Test
  void parsesCurlStyleBodiesWithBinaryContent() {
    byte[] body =
        bytes(
            "preamble\r\n--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"meta\"\r\n\r\nhello\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0000\u00ff\r\n--X\r\n"
                + "--XyZ--\r\n");
    Map<String, byte[]> fields = Multipart.parse(body, "XyZ");
    assertThat(fields).containsOnlyKeys("meta", "data");
    assertThat(new String(fields.get("meta"), StandardCharsets.ISO_8859_1)).isEqualTo("hello");
    assertThat(fields.get("data")).isEqualTo(bytes("\u0000\u00ff\r\n--X"));
  }

  @Test
  void rejectsTruncatedBodies() {
    byte[] body = bytes("--b\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\nabc");
    assertThatThrownBy(() -> Multipart.parse(body, "b")).hasMessageContaining("closing boundary");
    assertThatThrownBy(() -> Multipart.parse(bytes("no parts"), "b"))
        .hasMessageContaining("no boundary");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
