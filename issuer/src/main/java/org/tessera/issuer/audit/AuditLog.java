package org.tessera.issuer.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.tessera.issuer.store.Scope;
import org.tessera.shared.json.Json;

/**
 * The one way a feature writes the audit trail: {@link #record} gives the event its id and
 * appends it at the head of the hash chain, inside the caller's transaction, so the event is
 * committed or rolled back with the change it records. Holds no personal data: actors are token
 * labels, targets are ids.
 */
public final class AuditLog {

  private final EventRepository events;

  /** Records the events of {@code scope}'s institution. */
  public AuditLog(Scope scope) {
    this(new EventRepository(scope));
  }

  private AuditLog(EventRepository events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Records events of {@code institution}; empty: deployment level (deployment tokens). */
  public static AuditLog of(Optional<Scope> institution) {
    return new AuditLog(EventRepository.of(institution));
  }

  /** That {@code actor} did {@code action} to {@code targetId} at {@code at}. */
  public void record(Connection c, AuditAction action, String actor, String targetId,
      Instant at) throws SQLException {
    append(c, action, actor, targetId, at, Optional.empty());
  }

  /** As {@link #record(Connection, AuditAction, String, String, Instant)} with a small detail. */
  public void record(Connection c, AuditAction action, String actor, String targetId,
      Instant at, ObjectNode detail) throws SQLException {
    append(c, action, actor, targetId, at, Optional.of(Json.write(detail)));
  }

  /**
   * Takes the chain head's row lock without recording: serialises rare work that must not
   * interleave across issuer nodes (key state changes), until the caller's transaction ends.
   */
  public void lockChain(Connection c) throws SQLException {
    events.lockChain(c);
  }

  private void append(Connection c, AuditAction action, String actor, String targetId,
      Instant at, Optional<String> detail) throws SQLException {
    Objects.requireNonNull(targetId, "targetId");
    events.append(c, new AuditEvent(UUID.randomUUID().toString(), action, actor,
        Optional.of(targetId), at, detail));
  }
}
