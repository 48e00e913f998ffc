package org.tessera.issuer.oid4vci;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored credential offer: hashes only, never the handle, code or transaction code. */
record OfferRow(String id, String credentialId, String handleHash, String codeHash,
    Optional<String> txCodeHash, int txCodeFailures, State state, Instant createdAt,
    Instant expiresAt) {

  /** Stored by name: never rename a constant. */
  enum State { ACTIVE, REDEEMED, SUPERSEDED, LOCKED }

  OfferRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(handleHash, "handleHash");
    Objects.requireNonNull(codeHash, "codeHash");
    Objects.requireNonNull(txCodeHash, "txCodeHash");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  boolean usableAt(Instant now) {
    return state == State.ACTIVE && now.isBefore(expiresAt);
  }
}
