package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.sdjwt.SdJwtVcIssuer;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;

/**
 * The OpenID4VCI feature of one institution, wired: what its endpoints answer. The HTTP
 * handlers ({@code http.Oid4vciHandlers}) parse requests and write these answers.
 */
public final class Oid4vci {

  private final OfferService offers;
  private final TokenService token;
  private final NonceService nonces;
  private final CredentialService credential;
  private final String issuerMetadata;
  private final String authorizationServerMetadata;

  private Oid4vci(OfferService offers, TokenService token, NonceService nonces,
      CredentialService credential, ObjectNode issuerMetadata,
      ObjectNode authorizationServerMetadata) {
    this.offers = offers;
    this.token = token;
    this.nonces = nonces;
    this.credential = credential;
    this.issuerMetadata = Json.write(issuerMetadata);
    this.authorizationServerMetadata = Json.write(authorizationServerMetadata);
  }

  public static Oid4vci create(Database db, KeyRing keys, CredentialRepository credentials,
      AuditLog audit, IssuerIdentity identity, Oid4vciSettings settings, SdJwtVcIssuer sdJwt,
      Clock clock, SecureRandom random) {
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
        keys, sdJwt, clock);
    Set<String> algorithms = new LinkedHashSet<>();
    algorithms.add(keys.active().algorithm().headerName());
    keys.keys().stream().map(SigningKey::algorithm).forEach(a -> algorithms.add(a.headerName()));
    ObjectNode issuerMetadata = IssuerMetadata.credentialIssuer(issuerUrl,
        identity.profile().name(), List.copyOf(algorithms), sdJwt.type());
    ObjectNode asMetadata = IssuerMetadata.authorizationServer(issuerUrl);
    return new Oid4vci(offers, token, nonces, credential, issuerMetadata, asMetadata);
  }

  /** Creates and serves offers, e.g. for a claim page, an e-mail or the admin API. */
  public OfferService offers() {
    return offers;
  }

  /** The Credential Issuer metadata, as JSON text. */
  public String issuerMetadata() {
    return issuerMetadata;
  }

  /** The OAuth 2.0 Authorization Server metadata (RFC 8414), as JSON text. */
  public String authorizationServerMetadata() {
    return authorizationServerMetadata;
  }

  /** The token endpoint: a pre-authorized code (and transaction code) for an access token. */
  public OAuthResponse token(Map<String, List<String>> form) {
    return token.exchange(form);
  }

  /** The nonce endpoint: a fresh {@code c_nonce}. */
  public OAuthResponse nonce() {
    return nonces.nonceResponse();
  }

  /** The credential endpoint: the bound credential for an access token and a proof. */
  public OAuthResponse credential(Optional<String> authorization, String body) {
    return credential.issue(authorization, body);
  }
}
