package org.tessera.verifier.checks;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;
import org.tessera.verifier.status.JwtAuthenticator;

/**
 * Header, key-resolution and signature checks run back to back, for JWTs other than the one
 * being verified (status list credentials): the same rules, one combined answer. One rule is
 * stricter: a key the issuer declared compromised authenticates no such JWT, whatever its date.
 * A credential keeps its date, but a status list is replaced by the issuer (re-signed with
 * another key), so a list signed by a compromised key is never current; its holder could
 * back-date a forged "not revoked" list.
 */
final class JwtAuthentication {

  private JwtAuthentication() {}

  static JwtAuthenticator with(HeaderCheck header, KeyResolutionCheck keys,
      SignatureCheck signature, List<JWK> pinnedKeys) {
    return (ParsedCredentialJwt jwt, String issuerId) -> {
      Step<JwsAlgorithm> alg = header.run(jwt);
      if (alg.value().isEmpty()) {
        return alg.result().code();
      }
      Step<ResolvedKey> key = keys.run(jwt, alg.value().get(), pinnedKeys);
      if (key.value().isEmpty()) {
        return key.result().code();
      }
      if (key.value().get().revokedSince().isPresent()) {
        return Optional.of(ErrorCode.KEY_COMPROMISED);
      }
      Step<ResolvedKey> verified = signature.run(jwt.jwt(), key.value().get());
      return verified.value().isPresent() ? Optional.<ErrorCode>empty() : verified.result().code();
    };
  }
}
