package org.tessera.issuer.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored claim link: the token's hash (never the token), its credential, its expiry and the
 * sealed current wallet offer, if one was made.
 */
public record ClaimRow(String tokenHash, String credentialId, Instant createdAt,
    Instant expiresAt, Optional<String> offerSealed, Optional<Instant> offerExpiresAt) {

  public ClaimRow {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(offerSealed, "offerSealed");
    Objects.requireNonNull(offerExpiresAt, "offerExpiresAt");
    if (offerSealed.isPresent() != offerExpiresAt.isPresent()) {
      throw new IllegalArgumentException("a sealed offer needs its expiry and vice versa");
    }
  }
}
