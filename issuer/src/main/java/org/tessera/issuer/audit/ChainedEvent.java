package org.tessera.issuer.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code events} row as stored, action as raw text (a tampered row may hold anything), with
 * its place in the hash chain and its institution (empty: a deployment-level event).
 */
public record ChainedEvent(
    long seq, String id, String action, String actor, Optional<String> targetId, long atMillis,
    Optional<String> detail, String prevHash, String hash, Optional<String> institutionId) {
  public ChainedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(institutionId, "institutionId");
  }

  /** The hash this row should carry given its content and {@link #prevHash()}. */
  public String expectedHash() {
    return EventChain.hash(prevHash, seq, id, action, actor, targetId, atMillis, detail,
        institutionId);
  }
}
