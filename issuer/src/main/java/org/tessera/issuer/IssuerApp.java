package org.tessera.issuer;

import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.http.IssuerRoutes;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.issuance.CredentialLifecycle;
import org.tessera.issuer.issuance.CredentialWriter;
import org.tessera.issuer.issuance.IssuanceService;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.PublicKeyDocuments;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.store.AchievementRepository;
import org.tessera.issuer.store.CredentialRepository;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.EventRepository;
import org.tessera.issuer.store.StatusListRepository;
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

  private IssuerApp(IssuerConfig config, IssuerIdentity identity, Database db, Javalin javalin) {
    this.config = config;
    this.identity = identity;
    this.db = db;
    this.javalin = javalin;
  }

  /**
   * Loads the keys, opens and migrates the database and builds the routes.
   *
   * @throws org.tessera.issuer.config.ConfigException for unusable keys
   */
  public static IssuerApp create(IssuerConfig config, Clock clock) {
    IssuerIdentity identity = IssuerIdentity.from(config);
    KeyRing keys = KeyRing.load(config.keysDir(), config.signingKid(), config.demo(),
        identity.did());
    return create(config, clock, keys);
  }

  /** As {@link #create(IssuerConfig, Clock)} with a given key ring (e.g. an external signer). */
  public static IssuerApp create(IssuerConfig config, Clock clock, KeyRing keys) {
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
    CredentialWriter writer = new CredentialWriter(db, status, credentials, events, keys, clock);
    IssuanceService issuance = new IssuanceService(db, achievements, credentials, checks, writer,
        identity, clock, random);
    CredentialLifecycle lifecycle = new CredentialLifecycle(db, credentials, events, status,
        clock);
    VcApiService vcApi = new VcApiService(checks, writer, identity, clock);
    Javalin javalin = IssuerRoutes.create(new IssuerRoutes.Services(achievements, issuance,
        lifecycle, status, new PublicKeyDocuments(identity.did(), keys), vcApi,
        config.adminToken(), config.didDocumentPath(), config.statusTtl().toSeconds()));
    return new IssuerApp(config, identity, db, javalin);
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
