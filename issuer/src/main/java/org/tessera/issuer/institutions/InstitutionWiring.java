package org.tessera.issuer.institutions;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.achievements.AchievementRepository;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.ClaimOffers;
import org.tessera.issuer.claim.ClaimRepository;
import org.tessera.issuer.claim.ClaimService;
import org.tessera.issuer.claim.ShareLinks;
import org.tessera.issuer.claim.VerifierShares;
import org.tessera.issuer.claim.ClaimingIssuance;
import org.tessera.issuer.claim.MailDispatcher;
import org.tessera.issuer.claim.WalletOffers;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.issuance.CredentialLifecycle;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.issuance.CredentialWriter;
import org.tessera.issuer.issuance.SdJwtRepository;
import org.tessera.issuer.issuance.IdempotencyRepository;
import org.tessera.issuer.issuance.IssuanceService;
import org.tessera.issuer.keys.KeyLifecycle;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.KeyStateRepository;
import org.tessera.issuer.keys.PublicKeyDocuments;
import org.tessera.issuer.oid4vci.Oid4vci;
import org.tessera.issuer.sdjwt.SdJwtVcIssuer;
import org.tessera.issuer.sdjwt.TypeMetadata;
import org.tessera.issuer.oid4vci.Oid4vciSettings;
import org.tessera.issuer.status.StatusListRepository;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.vcapi.VcApiService;

/**
 * Builds one {@link Institution}'s services over what the deployment shares: the database, the
 * clock, the validators, the mail queue and the settings.
 */
public final class InstitutionWiring {

  /** What every institution of a deployment shares. */
  public record Shared(Database db, Clock clock, SecureRandom random, CredentialChecks checks,
      Duration statusTtl, Duration keyRefresh, Oid4vciSettings oid4vci, ClaimConfig claims,
      Optional<MailDispatcher> mail, TypeMetadata sdJwtType) {
    public Shared {
      Objects.requireNonNull(db, "db");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(random, "random");
      Objects.requireNonNull(checks, "checks");
      Objects.requireNonNull(statusTtl, "statusTtl");
      Objects.requireNonNull(keyRefresh, "keyRefresh");
      Objects.requireNonNull(oid4vci, "oid4vci");
      Objects.requireNonNull(claims, "claims");
      Objects.requireNonNull(mail, "mail");
      Objects.requireNonNull(sdJwtType, "sdJwtType");
    }
  }

  private InstitutionWiring() {}

  /**
   * Wires the institution {@code identity} signing with {@code keys}. Claim pages get wallet
   * offers from its OpenID4VCI offer service unless {@code offersOverride} names another
   * source (tests).
   */
  public static Institution wire(Shared s, IssuerIdentity identity, KeyRing keys,
      Optional<ClaimOffers> offersOverride) {
    Scope scope = identity.scope();
    Database db = s.db();
    AuditLog audit = new AuditLog(scope);
    CredentialRepository credentials = new CredentialRepository(scope);
    StatusListService status = new StatusListService(db, new StatusListRepository(scope), keys,
        identity.did(), identity.baseUrl(), s.statusTtl(), s.clock(), s.random());
    AchievementService achievements = new AchievementService(db,
        new AchievementRepository(scope), audit, identity, s.clock());
    CredentialWriter writer = new CredentialWriter(db, status, credentials, audit,
        new IdempotencyRepository(scope), keys, s.clock());
    IssuanceService issuance = new IssuanceService(db, achievements, credentials, s.checks(),
        writer, new IdempotencyRepository(scope), identity, s.clock(), s.random());
    SdJwtRepository sdJwtRows = new SdJwtRepository(scope);
    CredentialLifecycle lifecycle = new CredentialLifecycle(db, credentials, sdJwtRows, audit,
        status, s.clock());
    SdJwtVcIssuer sdJwt = new SdJwtVcIssuer(db, credentials, sdJwtRows, status, s.checks(), audit, keys,
        identity, s.sdJwtType(), s.clock());
    VcApiService vcApi = new VcApiService(s.checks(), writer, identity, achievements,
        s.clock());
    KeyLifecycle keyLifecycle = new KeyLifecycle(db, new KeyStateRepository(scope), audit,
        keys, s.clock(), s.keyRefresh(), status::resignWith);
    Oid4vci oid4vci = Oid4vci.create(db, keys, credentials, audit, identity, s.oid4vci(),
        sdJwt, s.clock(), s.random());
    ClaimOffers offers = offersOverride.orElseGet(() -> new WalletOffers(oid4vci.offers()));
    ClaimService claims = new ClaimService(db, new ClaimRepository(scope), credentials, audit,
        offers, sdJwt, s.claims().verifierUrl().<ShareLinks>map(VerifierShares::new)
            .orElseGet(ShareLinks::unavailable),
        s.claims().ttl(), URI.create(identity.baseUrl()), s.clock(), s.random());
    ClaimingIssuance delivery = new ClaimingIssuance(issuance, claims, s.mail(), db,
        credentials, audit);
    return new Institution(identity, keys, keyLifecycle,
        new PublicKeyDocuments(identity.did(), keys), status, achievements, issuance, lifecycle,
        vcApi, oid4vci, claims, delivery, sdJwt);
  }
}
