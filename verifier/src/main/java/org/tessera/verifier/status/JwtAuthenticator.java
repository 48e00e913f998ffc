package org.tessera.verifier.status;

import java.util.Optional;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.result.ErrorCode;

/**
 * Authenticates a parsed JWT as signed by {@code issuerId}, with the same header, key-resolution
 * and signature rules as a credential. Empty on success, else the first failing code.
 */
@FunctionalInterface
public interface JwtAuthenticator {
  Optional<ErrorCode> authenticate(ParsedCredentialJwt jwt, String issuerId);
}
