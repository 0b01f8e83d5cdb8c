package io.github.predcheck.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * TorchServe's token authorization for the demo server ({@code --token}): every request, {@code
 * /ping} included, needs {@code Authorization: Bearer <token>}; HTTP Basic with any user name and
 * the token as the password is accepted too, as a gateway in front of a model server would. Others
 * get TorchServe's 401 {@code InvalidKeyException}.
 */
record TokenAuth(String token) {
  static final TokenAuth OPEN = new TokenAuth(null);

  /** Whether a request with this {@code Authorization} header (null when absent) may pass. */
  boolean allows(String authorization) {
    if (token == null) {
      return true;
    }
    if (authorization == null) {
      return false;
    }
    if (authorization.startsWith("Bearer ")) {
      return same(authorization.substring(7).strip());
    }
    if (authorization.startsWith("Basic ")) {
      try {
        String pair =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        return pair.indexOf(':') >= 0 && same(pair.substring(pair.indexOf(':') + 1));
      } catch (IllegalArgumentException notBase64) {
        return false;
      }
    }
    return false;
  }

  private boolean same(String offered) {
    return MessageDigest.isEqual(
        offered.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /** TorchServe's answer to a missing or wrong token, without reading the request. */
  static void refuse(HttpExchange exchange) throws IOException {
    TorchServeError error =
        new TorchServeError(
            401,
            "InvalidKeyException",
            "Token Authorization failed. Token either incorrect, expired, or not provided correctly");
    byte[] body = TorchServeJson.write(error.toJson());
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(error.code, body.length);
      exchange.getResponseBody().write(body);
    } finally {
      exchange.close();
    }
  }

  /** Never the token: the demo server's arguments and options may be logged. */
  @Override
  public String toString() {
    return token == null ? "TokenAuth[open]" : "TokenAuth[token=***]";
  }
}
