package org.tessera.issuer.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A wallet offer for the claim page: the {@code openid-credential-offer://} link (also what the
 * QR code holds), the transaction code the learner must type when the offer needs one, and
 * when the offer stops working.
 */
public record OfferLink(String credentialOffer, Optional<String> txCode, Instant expiresAt) {

  private static final int MAX_LINK_LENGTH = 2_000;

  public OfferLink {
    Objects.requireNonNull(credentialOffer, "credentialOffer");
    Objects.requireNonNull(txCode, "txCode");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!credentialOffer.startsWith("openid-credential-offer://")
        || credentialOffer.length() > MAX_LINK_LENGTH) {
      throw new IllegalArgumentException("not an openid-credential-offer:// link");
    }
    txCode.ifPresent(code -> {
      if (code.isBlank() || code.length() > 32) {
        throw new IllegalArgumentException("transaction code must be 1-32 characters");
      }
    });
  }

  /** Redacted: an offer is a capability and never reaches a log. */
  @Override
  public String toString() {
    return "OfferLink[expiresAt=" + expiresAt + ", redacted]";
  }
}
