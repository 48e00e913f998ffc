package org.tessera.issuer.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An {@code api_tokens} row: the token's SHA-256 (hex), never the token. */
public record TokenRow(String id, String label, String role, String tokenHash, Instant createdAt,
    String createdBy, Optional<Instant> revokedAt) {
  public TokenRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }
}
