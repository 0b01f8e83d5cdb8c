package io.github.predcheck.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void aPasswordAloneIsABearerToken() {
    assertThat(new Credentials(null, "tok-1").authorization()).isEqualTo("Bearer tok-1");
    assertThat(new Credentials(" ", "tok-1").authorization()).isEqualTo("Bearer tok-1");
  }

  @Test
  void aUserNameMakesItBasicAsRfc7617Encodes() {
    // RFC 7617's example: Aladdin / open sesame.
    assertThat(new Credentials("Aladdin", "open sesame").authorization())
        .isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
  }

  @Test
  void thePasswordNeverPrints() {
    assertThat(new Credentials("u", "tok-secret-1"))
        .hasToString("Credentials[username=u, password=***]");
  }
}
