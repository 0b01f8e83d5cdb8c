package io.github.predcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureStreakTest {
  @Test
  void onlyFailuresInARowStopTheSending() {
    FailureStreak streak = new FailureStreak(3);
    assertThat(streak.failed("a")).isFalse();
    assertThat(streak.failed("b")).isFalse();
    streak.answered();
    assertThat(streak.failed("c")).isFalse();
    assertThat(streak.failed("d")).isFalse();
    assertThat(streak.stopped()).isNull();
    assertThat(streak.failed("e")).isTrue();
    assertThat(streak.stopped())
        .isEqualTo(
            "not sent: the API stopped answering after 3 consecutive timeouts or connection"
                + " failures (last: e)");
    // Answers in flight when it stopped change nothing; later failures do not stop it again.
    streak.answered();
    assertThat(streak.failed("f")).isFalse();
    assertThat(streak.stopped()).endsWith("(last: e)");
  }

  @Test
  void aLimitOfOneStopsAtTheFirstFailure() {
    FailureStreak streak = new FailureStreak(1);
    assertThat(streak.failed("refused")).isTrue();
    assertThat(streak.stopped())
        .isEqualTo(
            "not sent: the API stopped answering after a timeout or connection failure"
                + " (last: refused)");
  }
}
