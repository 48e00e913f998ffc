package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.status.StatusRef;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.StatusEntry;
import org.tessera.shared.status.StatusPurpose;

/**
 * Allocates status indexes, signs and stores a credential with its audit event, all in one
 * transaction: if anything fails (signing included) nothing is written and no index is used.
 */
public final class CredentialWriter {

  private final Database db;
  private final StatusListService status;
  private final CredentialRepository credentials;
  private final AuditLog audit;
  private final IdempotencyRepository idempotency;
  private final KeyRing keys;
  private final Clock clock;

  public CredentialWriter(Database db, StatusListService status,
      CredentialRepository credentials, AuditLog audit,
      IdempotencyRepository idempotency, KeyRing keys, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.status = Objects.requireNonNull(status, "status");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A placeholder entry with the final shape, for validating before indexes exist. */
  public StatusEntry placeholder(StatusPurpose purpose) {
    return StatusEntry.of(purpose.value(), status.listUrl(new UUID(0, 0).toString()), 0);
  }

  /**
   * @param uuid the credential's id (without {@code urn:uuid:})
   * @param credentialFor the signed credential for its final status entries (revocation first)
   * @param idempotencyKey the request's idempotency key, stored with the credential
   * @throws IdempotencyKeyTaken when a concurrent request stored the key first (nothing is
   *     written)
   */
  public CredentialRow write(String uuid, Optional<String> achievementId, String subjectId,
      boolean suspension, Function<List<StatusEntry>, ObjectNode> credentialFor, String actor,
      Optional<IdempotencyRecord> idempotencyKey) {
    SigningKey key = keys.active();
    return db.inTransaction(c -> {
      StatusRef revocation = status.allocate(c, StatusPurpose.REVOCATION, uuid);
      List<StatusEntry> entries = new ArrayList<>();
      entries.add(entry(StatusPurpose.REVOCATION, revocation));
      Optional<StatusRef> suspensionRef = Optional.empty();
      if (suspension) {
        suspensionRef = Optional.of(status.allocate(c, StatusPurpose.SUSPENSION, uuid));
        entries.add(entry(StatusPurpose.SUSPENSION, suspensionRef.get()));
      }
      ObjectNode credential = credentialFor.apply(entries);
      String jwt = key.sign(credential);
      Instant now = clock.instant();
      CredentialRow row = new CredentialRow(uuid, achievementId, subjectId, jwt,
          Json.write(credential), key.kid(), revocation, suspensionRef, false, false,
          Optional.empty(), now);
      credentials.insert(c, row);
      if (idempotencyKey.isPresent()
          && !idempotency.insertIfAbsent(c, idempotencyKey.get(), uuid, now)) {
        throw new IdempotencyKeyTaken();
      }
      audit.record(c, AuditAction.ISSUE, actor, uuid, now);
      return row;
    });
  }

  private StatusEntry entry(StatusPurpose purpose, StatusRef ref) {
    return StatusEntry.of(purpose.value(), status.listUrl(ref.listId()), ref.index());
  }
}
