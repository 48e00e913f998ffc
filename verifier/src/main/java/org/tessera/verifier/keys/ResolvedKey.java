package org.tessera.verifier.keys;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.VerificationKey;

/**
 * A public key the issuer is known to sign with (prepared for verification, so it carries the
 * one algorithm that key allows), where it came from, and from when the issuer declared it
 * compromised (the DID document method's {@code revoked}, W3C Controlled Identifiers 1.0): what
 * it signed from then on is void.
 */
public record ResolvedKey(String kid, VerificationKey key, Source source,
    Optional<Instant> revokedSince) {

  /** Where the key was found. */
  public enum Source { TRUST_LIST_PIN, DID_WEB, DID_JWK, DID_KEY }

  public ResolvedKey {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(revokedSince, "revokedSince");
  }

  /**
   * A key that was never revoked.
   *
   * @throws IllegalArgumentException when {@code jwk} is unusable or allows another algorithm
   */
  public ResolvedKey(String kid, JWK jwk, JwsAlgorithm algorithm, Source source) {
    this(kid, VerificationKey.of(jwk).filter(k -> k.algorithm() == algorithm)
        .orElseThrow(() -> new IllegalArgumentException("key does not allow " + algorithm)),
        source, Optional.empty());
  }

  /** The public JWK. */
  public JWK jwk() {
    return key.jwk();
  }

  /** The one algorithm the key allows. */
  public JwsAlgorithm algorithm() {
    return key.algorithm();
  }
}
