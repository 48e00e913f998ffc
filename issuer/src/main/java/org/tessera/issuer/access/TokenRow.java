package org.tessera.issuer.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code api_tokens} row: the token's SHA-256 (hex), never the token; the institution it
 * serves (empty: deployment-wide).
 */
public record TokenRow(String id, String label, String role, String tokenHash, Instant createdAt,
    String createdBy, Optional<Instant> revokedAt, Optional<String> institutionId) {
  public TokenRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(revokedAt, "revokedAt");
    Objects.requireNonNull(institutionId, "institutionId");
  }
}
