package org.tessera.verifier.checks;

import com.nimbusds.jose.JWSObject;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check 4, signature: verifies the JWS with the resolved key and the key's own algorithm. Both
 * ECDSA twins verify (most JOSE libraries sign either); where a token's hash is its identity, it
 * is hashed in its canonical form ({@link JwsVerifiers#canonicalCompact}).
 */
public final class SignatureCheck {

  public static final String ID = "signature";

  public Step<ResolvedKey> run(JWSObject jws, ResolvedKey key) {
    if (!JwsVerifiers.verify(jws, key.key())) {
      return Step.failed(ID, ErrorCode.SIGNATURE_INVALID);
    }
    return Step.passed(ID, DetailKey.SIGNATURE_OK.with(key.kid()), key);
  }
}
