package org.tessera.issuer;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.issuer.access.ApiTokens;
import org.tessera.issuer.access.TokenRepository;
import org.tessera.issuer.audit.AuditTrail;
import org.tessera.issuer.audit.EventRepository;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.ClaimOffers;
import org.tessera.issuer.claim.MailDispatcher;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.http.IssuerRoutes;
import org.tessera.issuer.http.IssuerServer;
import org.tessera.issuer.institutions.InstitutionWiring;
import org.tessera.issuer.institutions.Institutions;
import org.tessera.issuer.institutions.InstitutionsLoader;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.ops.IssuerMetrics;
import org.tessera.issuer.sdjwt.TypeMetadata;
import org.tessera.issuer.store.Database;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.shared.limits.RateLimiter;

/** The issuer service, wired from one {@link IssuerSettings}; {@link #create} never starts it. */
public final class IssuerApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IssuerApp.class);

  private final IssuerConfig config;
  private final Institutions institutions;
  private final Database db;
  private final IssuerServer server;
  private final Optional<MailDispatcher> mail;

  private IssuerApp(IssuerConfig config, Institutions institutions, Database db,
      IssuerServer server, Optional<MailDispatcher> mail) {
    this.config = config;
    this.institutions = institutions;
    this.db = db;
    this.server = server;
    this.mail = mail;
  }

  /**
   * Loads the keys (files and an optional PKCS#11 token), opens and migrates the database and
   * builds the routes.
   *
   * @throws org.tessera.issuer.config.ConfigException for unusable keys
   */
  public static IssuerApp create(IssuerSettings settings, Clock clock) {
    return builder(settings, clock).build();
  }

  /** An app of {@code settings} on {@code clock}, with what tests and embedders may replace. */
  public static Builder builder(IssuerSettings settings, Clock clock) {
    return new Builder(settings, clock);
  }

  /** Builds an {@link IssuerApp}; {@link #build} never starts it. */
  public static final class Builder {

    private final IssuerSettings settings;
    private final Clock clock;
    private Optional<KeyRing> keys = Optional.empty();
    private Optional<ClaimOffers> claimOffers = Optional.empty();

    private Builder(IssuerSettings settings, Clock clock) {
      this.settings = Objects.requireNonNull(settings, "settings");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The default institution's keys (e.g. an external signer), instead of those in
     * {@code ISSUER_KEYS_DIR} and the PKCS#11 token. Further institutions always load theirs
     * from the configuration.
     */
    public Builder keys(KeyRing defaultKeys) {
      this.keys = Optional.of(defaultKeys);
      return this;
    }

    /**
     * Where the default institution's claim pages get wallet offers, instead of its OpenID4VCI
     * offer service (tests count them).
     */
    public Builder claimOffers(ClaimOffers offers) {
      this.claimOffers = Optional.of(offers);
      return this;
    }

    /**
     * Loads the keys unless given, opens and migrates the database and builds the routes.
     *
     * @throws org.tessera.issuer.config.ConfigException for unusable keys
     */
    public IssuerApp build() {
      IssuerConfig config = settings.issuer();
      KeyRing defaultKeys = keys.orElseGet(() -> KeyRing.load(config.keysDir(),
          config.signingKid(), config.demo(), IssuerIdentity.from(config).did(),
          settings.access().pkcs11()));
      return assemble(settings, clock, defaultKeys, claimOffers);
    }
  }

  private static IssuerApp assemble(IssuerSettings settings, Clock clock, KeyRing keys,
      Optional<ClaimOffers> offersOverride) {
    IssuerConfig config = settings.issuer();
    AccessConfig access = settings.access();
    ClaimConfig claimConfig = settings.claims();
    Database db = Database.open(config.jdbcUrl());
    SecureRandom random = new SecureRandom();
    Optional<MailDispatcher> mail = MailDispatcher.forConfig(claimConfig, db, clock);
    AuditTrail audit = new AuditTrail(db, EventRepository.deployment());
    Institutions institutions;
    try {
      audit.chainLegacyRows();
      InstitutionWiring.Shared shared = new InstitutionWiring.Shared(db, clock, random,
          new CredentialChecks(new CredentialSchemaValidator(), new JsonLdTermCheck()),
          config.statusTtl(), access.keyRefresh(), settings.oid4vci(), claimConfig, mail,
          TypeMetadata.of(IssuerIdentity.from(config).baseUrl()));
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
    IssuerServer server = IssuerRoutes.create(new IssuerRoutes.Services(institutions,
        accessServices, config.didDocumentPath(), config.statusTtl().toSeconds(),
        new IssuerMetrics(), () -> ready(db, institutions)));
    return new IssuerApp(config, institutions, db, server, mail);
  }

  /** Readiness: the database answers and every institution has a signing key. */
  private static boolean ready(Database db, Institutions institutions) {
    try {
      return institutions.all().stream().allMatch(i -> i.keys().active() != null)
          && db.reachable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Starts listening on the configured port. */
  public IssuerApp start() {
    server.start(config.port());
    LOG.info("issuer {} listening on port {} ({} institution(s))", identity().did(),
        server.port(), institutions.all().size());
    institutions.all().stream().filter(i -> !i.scope().isDefault()).forEach(i -> LOG.info(
        "institution {} published as {} at {}", i.id(), i.identity().did(),
        i.identity().baseUrl()));
    return this;
  }

  /** Stops serving and closes the database. */
  public void stop() {
    server.stop();
    mail.ifPresent(MailDispatcher::close);
    db.close();
  }

  @Override
  public void close() {
    stop();
  }

  /** The web server. */
  public IssuerServer server() {
    return server;
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
