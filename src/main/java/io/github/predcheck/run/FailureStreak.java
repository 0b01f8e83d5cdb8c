package io.github.predcheck.run;

/**
 * Counts timeouts and connection failures in a row, across the sending threads; any HTTP answer
 * ends the streak. At the limit the API counts as no longer answering, and the cause it gives is
 * the one every remaining sample gets, so that a hung API costs the limit's worth of timeouts, not
 * one per sample.
 */
final class FailureStreak {
  private final int limit;
  private int failures;
  private String stopped;

  FailureStreak(int limit) {
    this.limit = limit;
  }

  /** Why no more samples are sent, or null while the API still answers. */
  synchronized String stopped() {
    return stopped;
  }

  /** The API answered (any HTTP status): the streak ends. */
  synchronized void answered() {
    if (stopped == null) {
      failures = 0;
    }
  }

  /** A sample got no answer; true when this failure is the one that stops the sending. */
  synchronized boolean failed(String cause) {
    if (stopped != null) {
      return false;
    }
    failures++;
    if (failures < limit) {
      return false;
    }
    stopped = "not sent: the API stopped answering after " + limitText() + " (last: " + cause + ")";
    return true;
  }

  /** "5 consecutive timeouts or connection failures". */
  String limitText() {
    return limit == 1
        ? "a timeout or connection failure"
        : limit + " consecutive timeouts or connection failures";
  }
}
