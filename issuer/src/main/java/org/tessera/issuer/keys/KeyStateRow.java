package org.tessera.issuer.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A {@code key_states} row: the lifecycle state of one published key (no key material). */
public record KeyStateRow(String keyId, String state, Optional<Instant> compromisedSince,
    Instant updatedAt) {
  public KeyStateRow {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(compromisedSince, "compromisedSince");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
