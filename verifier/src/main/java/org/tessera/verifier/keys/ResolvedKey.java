package org.tessera.verifier.keys;

import com.nimbusds.jose.jwk.JWK;
import java.util.Objects;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * A public key the issuer is known to sign with, the one algorithm that key allows, and where it
 * came from.
 */
public record ResolvedKey(String kid, JWK jwk, JwsAlgorithm algorithm, Source source) {

  /** Where the key was found. */
  public enum Source { TRUST_LIST_PIN, DID_WEB, DID_JWK, DID_KEY }

  public ResolvedKey {
    Objects.requireNonNull(kid, "kid");
    jwk = Objects.requireNonNull(jwk, "jwk").toPublicJWK();
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(source, "source");
  }
}
