package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void credentialsInTheUrlAreHidden() {
    assertThat(Urls.redact("https://ci:s3cret@models.example/predictions/x"))
        .isEqualTo("https://***@models.example/predictions/x");
    assertThat(Urls.redact("http://token@host:8080/p")).isEqualTo("http://***@host:8080/p");
  }

  @Test
  void plainUrlsAreUnchanged() {
    assertThat(Urls.redact("http://127.0.0.1:8080/predictions/a@b"))
        .isEqualTo("http://127.0.0.1:8080/predictions/a@b");
    assertThat(Urls.redact("http://127.0.0.1:8080/ping")).isEqualTo("http://127.0.0.1:8080/ping");
  }
}
