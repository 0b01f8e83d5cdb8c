package io.github.predcheck.lifecycle;

import io.github.predcheck.http.Urls;

/**
 * A URL polled until it answers 200 and, when given, its JSON body meets the condition. With {@code
 * anyStatus} any HTTP answer will do: used when nothing better is configured, to wait at least
 * until a started API listens.
 */
public record Probe(String url, BodyCondition condition, boolean anyStatus) {
  public Probe(String url, BodyCondition condition) {
    this(url, condition, false);
  }

  public String describe() {
    String shown = Urls.redact(url);
    if (anyStatus) {
      return shown + " until it answers at all";
    }
    return shown + " until HTTP 200" + (condition == null ? "" : " with " + condition.text());
  }

  public Probe withUrl(String newUrl) {
    return new Probe(newUrl, condition, anyStatus);
  }
}
