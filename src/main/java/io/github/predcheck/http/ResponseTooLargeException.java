package io.github.predcheck.http;

import io.github.predcheck.core.ByteSize;
import java.io.IOException;

/**
 * The API answered with more bytes than predcheck reads of one answer: read no further, so a
 * runaway answer is one sample's error, not an OutOfMemoryError for the build.
 */
public final class ResponseTooLargeException extends IOException {
  private final long limit;

  ResponseTooLargeException(long limit) {
    super("response larger than " + ByteSize.text(limit));
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
