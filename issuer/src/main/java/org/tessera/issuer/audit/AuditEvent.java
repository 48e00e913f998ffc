package org.tessera.issuer.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit-trail entry: who (the token's label and id, never the token), what, when, which
 * credential, achievement, key or token, and an optional small JSON detail. Never holds personal
 * data.
 */
public record AuditEvent(
    String id, AuditAction action, String actor, Optional<String> targetId, Instant at,
    Optional<String> detail) {
  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }

  /** An event without detail. */
  public AuditEvent(String id, AuditAction action, String actor, Optional<String> targetId,
      Instant at) {
    this(id, action, actor, targetId, at, Optional.empty());
  }
}
