package org.tessera.verifier.sdjwt;

import java.util.Objects;
import java.util.Optional;

/**
 * What the caller asked the holder for: when a nonce or audience is given, the SD-JWT must carry
 * a key-binding JWT with exactly that {@code nonce} / {@code aud} (an OpenID4VP verifier passes
 * its request's nonce and client id here).
 */
public record SdJwtExpectations(Optional<String> nonce, Optional<String> audience) {

  public SdJwtExpectations {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(audience, "audience");
  }

  /** Nothing asked for: a key-binding JWT is checked when presented, not required. */
  public static SdJwtExpectations none() {
    return new SdJwtExpectations(Optional.empty(), Optional.empty());
  }

  /** Whether the caller asked for a holder-bound presentation. */
  public boolean requireKeyBinding() {
    return nonce.isPresent() || audience.isPresent();
  }
}
