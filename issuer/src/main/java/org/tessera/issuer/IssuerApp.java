package org.tessera.issuer;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.issuer.access.ApiTokens;
import org.tessera.issuer.access.RateLimiter;
import org.tessera.issuer.access.TokenRepository;
import org.tessera.issuer.audit.AuditTrail;
import org.tessera.issuer.audit.EventRepository;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.ClaimOffers;
import org.tessera.issuer.claim.MailDispatcher;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.http.IssuerRoutes;
import org.tessera.issuer.institutions.InstitutionWiring;
import org.tessera.issuer.institutions.Institutions;
import org.tessera.issuer.institutions.InstitutionsLoader;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.oid4vci.Oid4vciSettings;
import org.tessera.issuer.ops.IssuerMetrics;
import org.tessera.issuer.ops.IssuerOps;
import org.tessera.issuer.store.Database;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.schema.CredentialSchemaValidator;

/** The issuer service, wired from one {@link IssuerConfig}; {@link #create} never starts it. */
public final class IssuerApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IssuerApp.class);

  private final IssuerConfig config;
  private final Institutions institutions;
  private final Database db;
  private final Javalin javalin;
  private final Optional<MailDispatcher> mail;

  private IssuerApp(IssuerConfig config, Institutions institutions, Database db,
      Javalin javalin, Optional<MailDispatcher> mail) {
    this.config = config;
    this.institutions = institutions;
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
    KeyRing keys = KeyRing.load(config.keysDir(), config.signingKid(), config.demo(),
        IssuerIdentity.from(config).did(), access.pkcs11());
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
   * The full form: {@code keys} are the default institution's; further institutions load
   * theirs from the configuration. The default institution's claim pages get wallet offers from
   * its OpenID4VCI offer service unless {@code offersOverride} names another source (tests).
   */
  public static IssuerApp create(IssuerConfig config, AccessConfig access, ClaimConfig claimConfig,
      Oid4vciSettings oid4vciSettings, Clock clock, KeyRing keys,
      Optional<ClaimOffers> offersOverride) {
    Objects.requireNonNull(clock, "clock");
    Database db = Database.open(config.jdbcUrl());
    SecureRandom random = new SecureRandom();
    Optional<MailDispatcher> mail = MailDispatcher.forConfig(claimConfig, db, clock);
    AuditTrail audit = new AuditTrail(db, EventRepository.deployment());
    Institutions institutions;
    try {
      audit.chainLegacyRows();
      InstitutionWiring.Shared shared = new InstitutionWiring.Shared(db, clock, random,
          new CredentialChecks(new CredentialSchemaValidator(), new JsonLdTermCheck()),
          config.statusTtl(), access.keyRefresh(), oid4vciSettings, claimConfig, mail);
      institutions = InstitutionsLoader.load(config, shared, keys, offersOverride);
    } catch (RuntimeException e) {
      mail.ifPresent(MailDispatcher::close);
      db.close();
      throw e;
    }
    IssuerRoutes.Access accessServices = new IssuerRoutes.Access(
        new ApiTokens(db, new TokenRepository(), id -> institutions.find(id).isPresent(),
            config.adminToken(), clock, random),
        audit, new RateLimiter(access.publicPerMinute(), clock),
        new RateLimiter(access.apiPerMinute(), clock), access.trustProxy());
    Javalin javalin = IssuerRoutes.create(new IssuerRoutes.Services(institutions,
        accessServices, config.didDocumentPath(), config.statusTtl().toSeconds()));
    IssuerOps.install(javalin, new IssuerMetrics(), () -> ready(db, institutions));
    return new IssuerApp(config, institutions, db, javalin, mail);
  }

  /** Readiness: the database answers and every institution has a signing key. */
  private static boolean ready(Database db, Institutions institutions) {
    try {
      return institutions.all().stream().allMatch(i -> i.keys().active() != null)
          && db.read(c -> c.isValid(2));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Starts listening on the configured port. */
  public IssuerApp start() {
    javalin.start(config.port());
    LOG.info("issuer {} listening on port {} ({} institution(s))", identity().did(),
        javalin.port(), institutions.all().size());
    institutions.all().stream().filter(i -> !i.scope().isDefault()).forEach(i -> LOG.info(
        "institution {} published as {} at {}", i.id(), i.identity().did(),
        i.identity().baseUrl()));
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

  /** The default institution's identity. */
  public IssuerIdentity identity() {
    return institutions.root().identity();
  }

  /** Every institution the deployment serves. */
  public Institutions institutions() {
    return institutions;
  }
}
