package org.tessera.issuer.claim;

import java.util.Optional;

/**
 * Where the claim page gets wallet offers from (OpenID4VCI pre-authorized code flow). Making a
 * fresh offer for a credential invalidates its older offers. Empty when no offer can be made
 * (wallet delivery not configured, or the credential cannot be offered).
 */
@FunctionalInterface
public interface ClaimOffers {

  Optional<OfferLink> freshOffer(String credentialId);

  /** No wallet delivery: the claim page shows downloads only. */
  static ClaimOffers unavailable() {
    return credentialId -> Optional.empty();
  }
}
