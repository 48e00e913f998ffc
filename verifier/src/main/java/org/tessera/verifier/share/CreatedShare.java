package org.tessera.verifier.share;

import java.time.Instant;
import java.util.Objects;

/**
 * A new share link. The manage token is returned once and stored only as a hash.
 *
 * @param id the link id (128 random bits, base64url)
 * @param manageToken bearer token that revokes the link
 * @param expiresAt end of the link
 */
public record CreatedShare(String id, String manageToken, Instant expiresAt) {

  public CreatedShare {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(manageToken, "manageToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "CreatedShare[expiresAt=" + expiresAt + "]";
  }
}
