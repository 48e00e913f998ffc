package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.status.StatusRef;
import org.tessera.issuer.store.Database;

/**
 * Revoke (permanent), suspend and reinstate: flip the credential's bit, re-sign its status list,
 * record the new state and an audit event, in one transaction. An award that also has an SD-JWT
 * VC gets its Token Status List bit set in the same transaction: {@code 1} (INVALID) while
 * revoked or suspended, as the single bit of {@code bits: 1} means.
 */
public final class CredentialLifecycle {

  private final Database db;
  private final CredentialRepository credentials;
  private final SdJwtRepository sdJwts;
  private final AuditLog audit;
  private final StatusListService status;
  private final Clock clock;

  public CredentialLifecycle(Database db, CredentialRepository credentials,
      SdJwtRepository sdJwts, AuditLog audit, StatusListService status, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.sdJwts = Objects.requireNonNull(sdJwts, "sdJwts");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.status = Objects.requireNonNull(status, "status");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Applies {@code action}; the body may carry a {@code reason} (kept for revocations). */
  public Outcome<JsonNode> change(String id, StatusAction action, JsonNode body, String actor) {
    JsonFields f = new JsonFields();
    f.rejectUnknown(body, "", Set.of("reason"));
    Optional<String> reason = f.text(body, "", "reason", false, 500);
    if (!f.ok()) {
      return Outcome.failed(Rejection.invalid(f.errors()));
    }
    return db.inTransaction(c -> {
      // Locked: two nodes changing one credential at once must see each other's state.
      Optional<CredentialRow> found = credentials.findForUpdate(c, id);
      if (found.isEmpty()) {
        return Outcome.failed(Rejection.of(IssuerError.CREDENTIAL_NOT_FOUND));
      }
      CredentialRow row = found.get();
      Optional<Rejection> refused = refusal(row, action);
      if (refused.isPresent()) {
        return Outcome.failed(refused.get());
      }
      boolean revoked = row.revoked() || action == StatusAction.REVOKE;
      boolean suspended = action == StatusAction.SUSPEND
          || action != StatusAction.REINSTATE && row.suspended();
      StatusRef ref = action == StatusAction.REVOKE ? row.revocation()
          : row.suspension().orElseThrow();
      status.setBit(c, ref, action != StatusAction.REINSTATE);
      Optional<SdJwtRow> sdJwt = sdJwts.find(c, row.id());
      if (sdJwt.isPresent()) {
        status.setBit(c, sdJwt.get().tokenStatus(), revoked || suspended);
      }
      Optional<String> revocationReason = action == StatusAction.REVOKE ? reason
          : row.revocationReason();
      credentials.updateState(c, row.id(), revoked, suspended, revocationReason);
      audit.record(c, action.audit(), actor, row.id(), clock.instant());
      return Outcome.ok(CredentialViews.of(credentials.find(c, id).orElseThrow(), false));
    });
  }

  private static Optional<Rejection> refusal(CredentialRow row, StatusAction action) {
    if (row.revoked()) {
      return Optional.of(Rejection.of(IssuerError.ALREADY_REVOKED));
    }
    if (action == StatusAction.REVOKE) {
      return Optional.empty();
    }
    if (row.suspension().isEmpty()) {
      return Optional.of(Rejection.of(IssuerError.SUSPENSION_NOT_ENABLED));
    }
    if (action == StatusAction.SUSPEND && row.suspended()) {
      return Optional.of(Rejection.of(IssuerError.ALREADY_SUSPENDED));
    }
    if (action == StatusAction.REINSTATE && !row.suspended()) {
      return Optional.of(Rejection.of(IssuerError.NOT_SUSPENDED));
    }
    return Optional.empty();
  }
}
