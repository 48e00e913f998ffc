package org.tessera.issuer.sdjwt;

import com.authlete.sd.SDJWT;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.issuance.CredentialRow;
import org.tessera.issuer.issuance.SdJwtRepository;
import org.tessera.issuer.issuance.SdJwtRow;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.status.StatusRef;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.model.CredentialJson;

/**
 * Issues the SD-JWT VC of an award, from its stored OB 3.0 credential (one definition, two
 * formats): the OB credential passes its schema and term checks again and the SD-JWT VC claims
 * theirs, a Token Status List position is claimed the first time (kept for every re-issue), then
 * it is signed ({@code typ: dc+sd-jwt}), stored on the award and audited — in the caller's
 * transaction, so a failure anywhere writes nothing.
 */
public final class SdJwtVcIssuer {

  private static final Logger LOG = LoggerFactory.getLogger(SdJwtVcIssuer.class);
  /** The JOSE {@code typ} and the OpenID4VCI format of an SD-JWT VC. */
  public static final String TYP = "dc+sd-jwt";

  private final Database db;
  private final CredentialRepository credentials;
  private final SdJwtRepository rows;
  private final StatusListService status;
  private final CredentialChecks checks;
  private final AuditLog audit;
  private final KeyRing keys;
  private final IssuerIdentity identity;
  private final TypeMetadata type;
  private final Clock clock;

  public SdJwtVcIssuer(Database db, CredentialRepository credentials, SdJwtRepository rows,
      StatusListService status, CredentialChecks checks, AuditLog audit, KeyRing keys,
      IssuerIdentity identity, TypeMetadata type, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.rows = Objects.requireNonNull(rows, "rows");
    this.status = Objects.requireNonNull(status, "status");
    this.checks = Objects.requireNonNull(checks, "checks");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.type = Objects.requireNonNull(type, "type");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The type this issuer's SD-JWT VCs have. */
  public TypeMetadata type() {
    return type;
  }

  /**
   * The award's SD-JWT VC without holder binding, for a download: the stored one if the latest
   * issued is unbound, else a fresh one (not for a revoked award: empty then).
   */
  public Optional<String> unbound(String credentialId, String actor) {
    return db.inTransaction(c -> {
      Optional<CredentialRow> award = credentials.findForUpdate(c, credentialId);
      if (award.isEmpty()) {
        return Optional.<String>empty();
      }
      Optional<SdJwtRow> stored = rows.find(c, credentialId).filter(r -> !r.holderBound());
      if (stored.isPresent()) {
        return Optional.of(stored.get().sdJwt());
      }
      return award.get().revoked() ? Optional.<String>empty()
          : Optional.of(issue(c, award.get(), Optional.empty(), actor));
    });
  }

  /**
   * Issues a fresh SD-JWT VC for {@code award} (not revoked: the caller checks), bound to
   * {@code holderKey} when given, and returns it in its issuance form
   * ({@code <jwt>~<disclosure>~…~}).
   */
  public String issue(Connection c, CredentialRow award, Optional<JWK> holderKey, String actor)
      throws SQLException {
    ObjectNode ob = Json.parseUntrustedObject(award.credentialJson())
        .orElseThrow(() -> new IllegalStateException("stored credential is not JSON"));
    List<FieldError> obProblems = checks.problems(ob);
    AchievementCredential credential = CredentialJson.fromJson(ob);
    Map<LearningCredentialClaim, Object> values = LearningCredentialValues.of(credential);
    List<String> problems = LearningCredentialChecks.problems(values);
    if (!obProblems.isEmpty() || !problems.isEmpty()) {
      // Our own data failing our own checks is a bug: log claim names and paths, no values.
      LOG.error("SD_JWT_CHECK_FAILED credential={} claims={} paths={}", award.id(), problems,
          obProblems.stream().map(FieldError::field).toList());
      throw new IllegalStateException("SD-JWT VC of an award failed its checks");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    // Locked (PostgreSQL): two first issues of one award at once must not both claim a position.
    credentials.findForUpdate(c, award.id());
    Optional<SdJwtRow> existing = rows.find(c, award.id());
    StatusRef position = existing.isPresent() ? existing.get().tokenStatus()
        : status.allocateToken(c, award.id());
    if (existing.isEmpty() && award.suspended()) {
      status.setBit(c, position, true);
    }
    String jti = "urn:uuid:" + UUID.randomUUID();
    SdJwtVcBuilder.Layout layout = SdJwtVcBuilder.build(new SdJwtVcBuilder.Registered(
        identity.baseUrl(), jti, now, credential.validFrom(), credential.validUntil(),
        type.vct(), type.integrity(), status.tokenListUrl(position.listId()), position.index(),
        holderKey.map(JWK::toPublicJWK)), values);
    SigningKey key = keys.active();
    String sdJwt = new SDJWT(key.signTyped(layout.payload(), TYP), layout.disclosures())
        .toString();
    SdJwtRow row = new SdJwtRow(award.id(), position, jti, sdJwt, key.kid(),
        holderKey.isPresent(), existing.map(SdJwtRow::createdAt).orElse(now), now);
    if (existing.isPresent()) {
      rows.replace(c, row);
    } else {
      rows.insert(c, row);
    }
    audit.record(c, AuditAction.SD_JWT_ISSUE, actor, award.id(), clock.instant());
    LOG.info("issued SD-JWT VC jti={} of credential {} kid={}", jti, award.id(), key.kid());
    return sdJwt;
  }
}
