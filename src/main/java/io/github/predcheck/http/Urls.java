package io.github.predcheck.http;

import java.util.regex.Pattern;

/** URLs as logs and reports show them: credentials in the URL's user info never reach a log. */
public final class Urls {
  private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");

  private Urls() {}

  public static String redact(String url) {
    return url == null ? null : USER_INFO.matcher(url).replaceFirst("***@");
  }
}
