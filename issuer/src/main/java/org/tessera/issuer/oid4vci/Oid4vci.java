package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.store.Database;

/** The OpenID4VCI feature, wired: its services and its routes. */
public final class Oid4vci {

  private final OfferService offers;
  private final Oid4vciRoutes routes;

  private Oid4vci(OfferService offers, Oid4vciRoutes routes) {
    this.offers = offers;
    this.routes = routes;
  }

  public static Oid4vci create(Database db, KeyRing keys, CredentialRepository credentials,
      AuditLog audit, IssuerIdentity identity, Oid4vciSettings settings, Clock clock,
      SecureRandom random) {
    String issuerUrl = identity.baseUrl();
    Secrets secrets = new Secrets(random);
    OfferRepository offerRows = new OfferRepository(identity.scope());
    AccessTokenRepository tokens = new AccessTokenRepository(identity.scope());
    NonceService nonces = new NonceService(db, new NonceRepository(), secrets, settings, clock);
    OfferService offers = new OfferService(db, offerRows, tokens, credentials, audit, secrets,
        settings, issuerUrl, clock);
    TokenService token = new TokenService(db, offerRows, tokens, nonces, secrets, settings,
        clock);
    CredentialService credential = new CredentialService(db, tokens, credentials,
        new BindingRepository(identity.scope()), audit, nonces,
        new ProofVerifier(issuerUrl, settings, clock),
        keys, clock);
    Set<String> algorithms = new LinkedHashSet<>();
    algorithms.add(keys.active().algorithm().headerName());
    keys.keys().stream().map(SigningKey::algorithm).forEach(a -> algorithms.add(a.headerName()));
    ObjectNode issuerMetadata = IssuerMetadata.credentialIssuer(issuerUrl,
        identity.profile().name(), List.copyOf(algorithms));
    ObjectNode asMetadata = IssuerMetadata.authorizationServer(issuerUrl);
    return new Oid4vci(offers, new Oid4vciRoutes(offers, token, nonces, credential,
        issuerMetadata, asMetadata));
  }

  /** Creates offers, e.g. for a claim page or an e-mail. */
  public OfferService offers() {
    return offers;
  }

  /** The routes, to be added inside the issuer's {@code apiBuilder}. */
  public Oid4vciRoutes routes() {
    return routes;
  }
}
