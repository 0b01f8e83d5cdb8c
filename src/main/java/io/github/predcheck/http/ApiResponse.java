package io.github.predcheck.http;

/** What the API answered: status, body text and how long it took. */
public record ApiResponse(int status, String body, long millis) {
  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
