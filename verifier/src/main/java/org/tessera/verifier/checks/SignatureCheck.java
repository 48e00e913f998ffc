package org.tessera.verifier.checks;

import com.nimbusds.jose.JWSObject;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check 4, signature: verifies the JWS with the resolved key and the key's own algorithm. A
 * credential's ES256 signature must be low-S: its high-S twin is the same signature encoded
 * again, which would give one credential two fingerprints (receipts, share links).
 */
public final class SignatureCheck {

  public static final String ID = "signature";

  public Step<ResolvedKey> run(JWSObject jws, ResolvedKey key) {
    if (!JwsVerifiers.isCanonical(jws)) {
      return Step.failed(ID, ErrorCode.SIGNATURE_NOT_CANONICAL);
    }
    if (!JwsVerifiers.verify(jws, key.key())) {
      return Step.failed(ID, ErrorCode.SIGNATURE_INVALID);
    }
    return Step.passed(ID, DetailKey.SIGNATURE_OK.with(key.kid()), key);
  }

  /**
   * Whether a JWT other than the credential (a status list) verifies: either ECDSA twin, since
   * its encoding identifies nothing.
   */
  boolean verifies(JWSObject jws, ResolvedKey key) {
    return JwsVerifiers.verify(jws, key.key());
  }
}
