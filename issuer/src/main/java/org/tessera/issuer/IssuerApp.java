package org.tessera.issuer;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.issuer.access.ApiTokens;
import org.tessera.issuer.access.RateLimiter;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.audit.AuditTrail;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.ClaimOffers;
import org.tessera.issuer.claim.ClaimService;
import org.tessera.issuer.claim.ClaimingIssuance;
import org.tessera.issuer.claim.MailDispatcher;
import org.tessera.issuer.claim.WalletOffers;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.http.IssuerRoutes;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.issuance.CredentialLifecycle;
import org.tessera.issuer.issuance.CredentialWriter;
import org.tessera.issuer.issuance.IssuanceService;
import org.tessera.issuer.keys.KeyLifecycle;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.Pkcs11SigningKeys;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.keys.PublicKeyDocuments;
import org.tessera.issuer.oid4vci.Oid4vci;
import org.tessera.issuer.oid4vci.Oid4vciSettings;
import org.tessera.issuer.ops.IssuerMetrics;
import org.tessera.issuer.ops.IssuerOps;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.store.AchievementRepository;
import org.tessera.issuer.store.ClaimRepository;
import org.tessera.issuer.store.CredentialRepository;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.EventRepository;
import org.tessera.issuer.store.IdempotencyRepository;
import org.tessera.issuer.store.KeyStateRepository;
import org.tessera.issuer.store.StatusListRepository;
import org.tessera.issuer.store.TokenRepository;
import org.tessera.issuer.vcapi.VcApiService;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.schema.CredentialSchemaValidator;

/** The issuer service, wired from one {@link IssuerConfig}; {@link #create} never starts it. */
public final class IssuerApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IssuerApp.class);

  private final IssuerConfig config;
  private final IssuerIdentity identity;
  private final Database db;
  private final Javalin javalin;
  private final Optional<MailDispatcher> mail;

  private IssuerApp(IssuerConfig config, IssuerIdentity identity, Database db, Javalin javalin,
      Optional<MailDispatcher> mail) {
    this.config = config;
    this.identity = identity;
    this.db = db;
    this.javalin = javalin;
    this.mail = mail;
  }

  /**
   * Loads the keys, opens and migrates the database and builds the routes.
   *
   * @throws org.tessera.issuer.config.ConfigException for unusable keys
   */
  public static IssuerApp create(IssuerConfig config, Clock clock) {
    return create(config, AccessConfig.defaults(), Oid4vciSettings.DEFAULTS, clock);
  }

  /** As {@link #create(IssuerConfig, Clock)} with OpenID4VCI lifetimes and limits. */
  public static IssuerApp create(IssuerConfig config, Oid4vciSettings oid4vci, Clock clock) {
    return create(config, AccessConfig.defaults(), oid4vci, clock);
  }

  /** As {@link #create(IssuerConfig, Clock)} with access settings (limits, PKCS#11 key). */
  public static IssuerApp create(IssuerConfig config, AccessConfig access, Clock clock) {
    return create(config, access, Oid4vciSettings.DEFAULTS, clock);
  }

  /** As {@link #create(IssuerConfig, AccessConfig, ClaimConfig, Oid4vciSettings, Clock)}. */
  public static IssuerApp create(IssuerConfig config, AccessConfig access,
      Oid4vciSettings oid4vci, Clock clock) {
    return create(config, access, ClaimConfig.defaults(), oid4vci, clock);
  }

  /**
   * Loads the keys (files and an optional PKCS#11 token), then builds the app with the claim
   * link and e-mail settings.
   */
  public static IssuerApp create(IssuerConfig config, AccessConfig access, ClaimConfig claims,
      Oid4vciSettings oid4vci, Clock clock) {
    IssuerIdentity identity = IssuerIdentity.from(config);
    List<SigningKey> external = access.pkcs11().map(p -> List.of(
        Pkcs11SigningKeys.load(p, identity.did()))).orElse(List.of());
    KeyRing keys = KeyRing.load(config.keysDir(), config.signingKid(), config.demo(),
        identity.did(), external);
    return create(config, access, claims, oid4vci, clock, keys, Optional.empty());
  }

  /** As {@link #create(IssuerConfig, Clock)} with a given key ring (e.g. an external signer). */
  public static IssuerApp create(IssuerConfig config, Clock clock, KeyRing keys) {
    return create(config, AccessConfig.defaults(), Oid4vciSettings.DEFAULTS, clock, keys);
  }

  /** With a given key ring and OpenID4VCI settings. */
  public static IssuerApp create(IssuerConfig config, Clock clock, KeyRing keys,
      Oid4vciSettings oid4vciSettings) {
    return create(config, AccessConfig.defaults(), oid4vciSettings, clock, keys);
  }

  /** With a given key ring and access settings. */
  public static IssuerApp create(IssuerConfig config, AccessConfig access, Clock clock,
      KeyRing keys) {
    return create(config, access, Oid4vciSettings.DEFAULTS, clock, keys);
  }

  /** Configuration, access and OpenID4VCI settings, clock and key ring. */
  public static IssuerApp create(IssuerConfig config, AccessConfig access,
      Oid4vciSettings oid4vciSettings, Clock clock, KeyRing keys) {
    return create(config, access, ClaimConfig.defaults(), oid4vciSettings, clock, keys,
        Optional.empty());
  }

  /**
   * The full form. Claim pages get wallet offers from the OpenID4VCI offer service unless
   * {@code offersOverride} names another source (tests).
   */
  public static IssuerApp create(IssuerConfig config, AccessConfig access, ClaimConfig claimConfig,
      Oid4vciSettings oid4vciSettings, Clock clock, KeyRing keys,
      Optional<ClaimOffers> offersOverride) {
    Objects.requireNonNull(clock, "clock");
    IssuerIdentity identity = IssuerIdentity.from(config);
    Database db = Database.open(config.jdbcUrl());
    SecureRandom random = new SecureRandom();
    EventRepository events = new EventRepository();
    CredentialRepository credentials = new CredentialRepository();
    StatusListService status = new StatusListService(db, new StatusListRepository(), keys,
        identity.did(), identity.baseUrl(), config.statusTtl(), clock, random);
    AchievementService achievements = new AchievementService(db, new AchievementRepository(),
        events, identity, clock);
    CredentialChecks checks = new CredentialChecks(new CredentialSchemaValidator(),
        new JsonLdTermCheck());
    CredentialWriter writer = new CredentialWriter(db, status, credentials, events,
        new IdempotencyRepository(), keys, clock);
    IssuanceService issuance = new IssuanceService(db, achievements, credentials, checks, writer,
        new IdempotencyRepository(), identity, clock, random);
    CredentialLifecycle lifecycle = new CredentialLifecycle(db, credentials, events, status,
        clock);
    VcApiService vcApi = new VcApiService(checks, writer, identity, clock);
    KeyLifecycle keyLifecycle = new KeyLifecycle(db, new KeyStateRepository(), events, keys,
        clock, access.keyRefresh(), status::resignWith);
    AuditTrail audit = new AuditTrail(db, events);
    try {
      audit.chainLegacyRows();
      keyLifecycle.initialize();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    IssuerRoutes.Access accessServices = new IssuerRoutes.Access(
        new ApiTokens(db, new TokenRepository(), events, config.adminToken(), clock, random),
        keyLifecycle, audit, new RateLimiter(access.publicPerMinute(), clock),
        new RateLimiter(access.apiPerMinute(), clock), access.trustProxy());
    Oid4vci oid4vci = Oid4vci.create(db, keys, credentials, events, identity, oid4vciSettings,
        clock, random);
    ClaimOffers offers = offersOverride.orElseGet(() -> new WalletOffers(oid4vci.offers()));
    ClaimService claims = new ClaimService(db, new ClaimRepository(), credentials, events,
        offers, claimConfig.ttl(), config.baseUrl(), clock, random);
    Optional<MailDispatcher> mail = MailDispatcher.forConfig(claimConfig, db, events, clock);
    ClaimingIssuance delivery = new ClaimingIssuance(issuance, claims, mail, db, credentials);
    Javalin javalin = IssuerRoutes.create(new IssuerRoutes.Services(achievements, issuance,
        lifecycle, status, new PublicKeyDocuments(identity.did(), keys), vcApi, claims,
        delivery, accessServices, config.didDocumentPath(), config.statusTtl().toSeconds()),
        oid4vci.routes());
    IssuerOps.install(javalin, new IssuerMetrics(), () -> ready(db, keys));
    return new IssuerApp(config, identity, db, javalin, mail);
  }

  /** Readiness: the database answers and a signing key is loaded. */
  private static boolean ready(Database db, KeyRing keys) {
    try {
      return keys.active() != null && db.read(c -> c.isValid(2));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Starts listening on the configured port. */
  public IssuerApp start() {
    javalin.start(config.port());
    LOG.info("issuer {} listening on port {}", identity.did(), javalin.port());
    return this;
  }

  /** Stops serving and closes the database. */
  public void stop() {
    javalin.stop();
    mail.ifPresent(MailDispatcher::close);
    db.close();
  }

  @Override
  public void close() {
    stop();
  }

  /** The web server, for {@code JavalinTest}. */
  public Javalin javalin() {
    return javalin;
  }

  public IssuerIdentity identity() {
    return identity;
  }
}
