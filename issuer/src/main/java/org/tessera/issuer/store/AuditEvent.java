package org.tessera.issuer.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit-trail entry: who (the admin token's label), what, when, which credential or achievement. Never holds
 * personal data.
 */
public record AuditEvent(
    String id, AuditAction action, String actor, Optional<String> targetId, Instant at) {
  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(at, "at");
  }
}
