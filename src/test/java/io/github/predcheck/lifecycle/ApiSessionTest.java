package io.github.predcheck.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {port} is filled in wherever it stands, and only once a port was picked. */
class ApiSessionTest {
  @Test
  void fillsEveryPortPlaceholder() {
    assertThat(ApiSession.fillPort("http://127.0.0.1:{port}/p?next={port}", 18080))
        .isEqualTo("http://127.0.0.1:18080/p?next=18080");
    assertThat(ApiSession.fillPort("--port={port}", -1)).isEqualTo("--port={port}");
    assertThat(ApiSession.fillPort("http://h:9/p", 18080)).isEqualTo("http://h:9/p");
  }

  @Test
  void urlsAreCheckedWithThePlaceholderStandingForAPort() {
    assertThat(ApiSession.urlProblem("http://localhost:{port}/predictions/m")).isNull();
    assertThat(ApiSession.urlProblem("localhost:8080/predictions")).contains("scheme and a host");
  }
}
