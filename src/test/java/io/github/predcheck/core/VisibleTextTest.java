package io.github.predcheck.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {
  @Test
  void oneLineShowsBreaksAndEscapesInsteadOfSendingThem() {
    assertThat(VisibleText.line("a\nb\r\tc")).isEqualTo("a\\nb\\r\\tc");
    assertThat(VisibleText.line("\u001b[2J\u0007\u007f\u009b"))
        .isEqualTo("\\u001b[2J\\u0007\\u007f\\u009b");
    assertThat(VisibleText.line("abc\u202edcba\u2028")).isEqualTo("abc\\u202edcba\\u2028");
    assertThat(VisibleText.line("図面 😀 ok")).isEqualTo("図面 😀 ok");
    assertThat(VisibleText.line("\uD800x")).isEqualTo("\\ud800x");
    assertThat(VisibleText.line(null)).isEmpty();
  }

  @Test
  void reportsKeepLineBreaksButNotTheRest() {
    assertThat(VisibleText.of("a\nb\u0000")).isEqualTo("a\nb\\u0000");
  }
}
