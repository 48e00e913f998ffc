package org.tessera.verifier.checks;

import com.nimbusds.jose.JWSObject;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/** Check 4, signature: verifies the JWS with the resolved key and the key's own algorithm. */
public final class SignatureCheck {

  public static final String ID = "signature";

  public Step<ResolvedKey> run(JWSObject jws, ResolvedKey key) {
    if (!JwsVerifiers.verify(jws, key.key())) {
      return Step.failed(ID, ErrorCode.SIGNATURE_INVALID);
    }
    return Step.passed(ID, DetailKey.SIGNATURE_OK.with(key.kid()), key);
  }
}
