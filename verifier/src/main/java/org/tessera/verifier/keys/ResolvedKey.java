package org.tessera.verifier.keys;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * A public key the issuer is known to sign with, the one algorithm that key allows, where it
 * came from, and from when the issuer declared it compromised (the DID document method's
 * {@code revoked}, W3C Controlled Identifiers 1.0): what it signed from then on is void.
 */
public record ResolvedKey(String kid, JWK jwk, JwsAlgorithm algorithm, Source source,
    Optional<Instant> revokedSince) {

  /** Where the key was found. */
  public enum Source { TRUST_LIST_PIN, DID_WEB, DID_JWK, DID_KEY }

  public ResolvedKey {
    Objects.requireNonNull(kid, "kid");
    jwk = Objects.requireNonNull(jwk, "jwk").toPublicJWK();
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(revokedSince, "revokedSince");
  }

  /** A key that was never revoked. */
  public ResolvedKey(String kid, JWK jwk, JwsAlgorithm algorithm, Source source) {
    this(kid, jwk, algorithm, source, Optional.empty());
  }
}
