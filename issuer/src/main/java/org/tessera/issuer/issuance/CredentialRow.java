package org.tessera.issuer.issuance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.status.StatusRef;

/** A stored, signed credential with its status positions and current state. */
public record CredentialRow(
    String id,
    Optional<String> achievementId,
    String subjectId,
    String jwt,
    String credentialJson,
    String signingKid,
    StatusRef revocation,
    Optional<StatusRef> suspension,
    boolean revoked,
    boolean suspended,
    Optional<String> revocationReason,
    Instant createdAt) {

  public CredentialRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(achievementId, "achievementId");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(credentialJson, "credentialJson");
    Objects.requireNonNull(signingKid, "signingKid");
    Objects.requireNonNull(revocation, "revocation");
    Objects.requireNonNull(suspension, "suspension");
    Objects.requireNonNull(revocationReason, "revocationReason");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
