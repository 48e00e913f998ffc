package org.tessera.issuer.oid4vci;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;

/**
 * Checks an {@code openid4vci-proof+jwt} key proof (OpenID4VCI 1.0 §F.1): typed header, ES256 or
 * EdDSA, exactly one of {@code kid} (did:key or did:jwk DID URL) and {@code jwk}, signed by that
 * key (the key decides the algorithm), {@code aud} = our issuer URL, recent {@code iat} and a
 * {@code nonce}. The nonce itself is consumed by the caller, in its transaction.
 */
final class ProofVerifier {

  static final String PROOF_TYP = "openid4vci-proof+jwt";
  /** A did:jwk of a P-256 key is about 200 characters; 16 KB is plenty. */
  static final int MAX_PROOF_LENGTH = 16 * 1024;

  private final String issuerUrl;
  private final Oid4vciSettings settings;
  private final Clock clock;

  ProofVerifier(String issuerUrl, Oid4vciSettings settings, Clock clock) {
    this.issuerUrl = Objects.requireNonNull(issuerUrl, "issuerUrl");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  ProofCheck check(String compact) {
    if (compact == null || compact.length() > MAX_PROOF_LENGTH) {
      return new ProofCheck.Invalid("the proof is missing or too large");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(compact);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return new ProofCheck.Invalid("the proof is not a signed JWT");
    }
    JWSHeader header = jwt.getHeader();
    if (!new JOSEObjectType(PROOF_TYP).equals(header.getType())) {
      return new ProofCheck.Invalid("the proof typ must be " + PROOF_TYP);
    }
    Optional<JwsAlgorithm> alg = JwsAlgorithm.fromHeader(header.getAlgorithm().getName())
        .filter(a -> IssuerMetadata.PROOF_ALGORITHMS.contains(a.headerName()));
    if (alg.isEmpty()) {
      return new ProofCheck.Invalid("the proof alg must be ES256 or EdDSA");
    }
    Optional<BoundKey> key = boundKey(header);
    if (key.isEmpty()) {
      return new ProofCheck.Invalid(
          "the proof must name exactly one did:key or did:jwk kid, or a public jwk");
    }
    // The key decides the algorithm; a header alg that does not fit the key fails here too.
    if (!JwsVerifiers.verify(jwt, key.get().publicKey(), alg.get())) {
      return new ProofCheck.Invalid("the proof signature does not verify with its key");
    }
    return checkClaims(claims, key.get());
  }

  private ProofCheck checkClaims(JWTClaimsSet claims, BoundKey key) {
    List<String> audience = claims.getAudience();
    if (audience == null || audience.size() != 1 || !issuerUrl.equals(audience.get(0))) {
      return new ProofCheck.Invalid("the proof aud must be the credential issuer URL");
    }
    Date iat = claims.getIssueTime();
    Instant now = clock.instant();
    if (iat == null || iat.toInstant().isAfter(now.plus(settings.clockSkew()))
        || iat.toInstant().isBefore(now.minus(settings.proofMaxAge()))) {
      return new ProofCheck.Invalid("the proof iat is missing or not recent");
    }
    Object nonce = claims.getClaim("nonce");
    if (!(nonce instanceof String value) || value.isEmpty()) {
      return new ProofCheck.Invalid("the proof has no nonce");
    }
    return new ProofCheck.Valid(key.holderDid(), key.publicKey().toPublicJWK(), value);
  }

  private record BoundKey(JWK publicKey, String holderDid) {}

  private static Optional<BoundKey> boundKey(JWSHeader header) {
    String kid = header.getKeyID();
    JWK jwk = header.getJWK();
    if (header.getX509CertChain() != null || header.getX509CertURL() != null
        || header.getJWKURL() != null || (kid == null) == (jwk == null)) {
      return Optional.empty();
    }
    if (jwk != null) {
      return jwk.isPrivate() || !supported(jwk) ? Optional.empty()
          : Optional.of(new BoundKey(jwk, DidJwk.encode(jwk.toPublicJWK())));
    }
    int hash = kid.indexOf('#');
    String did = hash < 0 ? kid : kid.substring(0, hash);
    Optional<JWK> resolved = did.startsWith("did:key:") ? DidKey.decode(did)
        : did.startsWith("did:jwk:") ? DidJwk.decode(did) : Optional.empty();
    // The DID URL must name the DID's own verification method (or be the bare DID).
    return resolved.filter(k -> hash < 0 || k.getKeyID().equals(kid))
        .filter(ProofVerifier::supported)
        .map(k -> new BoundKey(k, did));
  }

  private static boolean supported(JWK key) {
    try {
      return IssuerMetadata.PROOF_ALGORITHMS.contains(JwsAlgorithm.forKey(key).headerName());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
