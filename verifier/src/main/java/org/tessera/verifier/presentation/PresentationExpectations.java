package org.tessera.verifier.presentation;

import java.util.Objects;
import java.util.Optional;

/**
 * What the verifier asked the holder for and must find in the presentation: the {@code nonce}
 * of this one request and the {@code aud}ience (the verifier's client identifier in OpenID4VP,
 * the VC-API {@code domain}). An OpenID4VP transaction passes its own values here.
 *
 * @param nonce the nonce (VC-API {@code challenge}) the verifier handed out
 * @param audience the identifier the presentation must be addressed to
 */
public record PresentationExpectations(String nonce, String audience) {

  /** Longer values are no plausible nonce or client identifier. */
  public static final int MAX_CHARS = 1024;

  public PresentationExpectations {
    check(nonce, "nonce");
    check(audience, "audience");
  }

  /** The expectations, or empty when a value is missing, blank or too long (bad input). */
  public static Optional<PresentationExpectations> of(String nonce, String audience) {
    return usable(nonce) && usable(audience)
        ? Optional.of(new PresentationExpectations(nonce, audience)) : Optional.empty();
  }

  private static boolean usable(String value) {
    return value != null && !value.isBlank() && value.length() <= MAX_CHARS;
  }

  private static void check(String value, String name) {
    Objects.requireNonNull(value, name);
    if (!usable(value)) {
      throw new IllegalArgumentException(name + " must be 1.." + MAX_CHARS + " characters");
    }
  }
}
