package io.github.predcheck.http;

import io.github.predcheck.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A user name (may be null) and a password, as a build tool keeps them for a server, sent as the
 * {@code Authorization} header: a password alone is a bearer token (TorchServe's token
 * authorization, a gateway's API key), a user name makes it HTTP Basic. Prints masked.
 */
public record Credentials(String username, String password) {
  public static final String HEADER = "Authorization";

  public Credentials {
    Objects.requireNonNull(password, "password");
    if (username != null && username.isBlank()) {
      username = null;
    }
  }

  /** {@code Bearer <password>}, or {@code Basic base64(username:password)} with a user name. */
  public String authorization() {
    if (username == null) {
      return "Bearer " + password;
    }
    String pair = username + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=" + Secret.MASK + "]";
  }
}
