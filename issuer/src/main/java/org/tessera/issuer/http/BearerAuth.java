package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;

/**
 * Bearer-token guard of the admin API. Compares in constant time and records the token's label
 * (never the token) as the actor of the request.
 */
final class BearerAuth {

  static final String ACTOR = "tessera.actor";
  private static final String PREFIX = "Bearer ";

  private final byte[] token;
  private final String label;

  BearerAuth(String token, String label) {
    this.token = sha256(Objects.requireNonNull(token, "token"));
    this.label = Objects.requireNonNull(label, "label");
  }

  /** A before-handler: lets an authorised request through, answers 401 to any other. */
  void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      // Digests first: equal lengths, so the comparison leaks neither content nor length.
      if (MessageDigest.isEqual(sha256(header.substring(PREFIX.length()).strip()), token)) {
        ctx.attribute(ACTOR, label);
        return;
      }
    }
    ctx.header("WWW-Authenticate", "Bearer realm=\"tessera-issuer\"");
    Problems.write(ctx, Rejection.of(IssuerError.UNAUTHORIZED));
    ctx.skipRemainingHandlers();
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  static String actor(Context ctx) {
    String actor = ctx.attribute(ACTOR);
    if (actor == null) {
      throw new IllegalStateException("route is not behind bearer auth");
    }
    return actor;
  }
}
