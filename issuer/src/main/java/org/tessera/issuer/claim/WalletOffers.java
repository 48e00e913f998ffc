package org.tessera.issuer.claim;

import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.oid4vci.OfferService;

/**
 * Claim pages' wallet offers from the OpenID4VCI offer service: a pre-authorized code offer by
 * reference, with a transaction code shown next to the QR code (a photo of the QR alone is not
 * enough to take the credential). A new offer supersedes the older ones.
 */
public final class WalletOffers implements ClaimOffers {

  static final String ACTOR = "claim-page";

  private final OfferService offers;

  public WalletOffers(OfferService offers) {
    this.offers = Objects.requireNonNull(offers, "offers");
  }

  @Override
  public Optional<OfferLink> freshOffer(String credentialId) {
    return offers.create(credentialId, true, ACTOR).toOptional()
        .map(o -> new OfferLink(o.credentialOffer(), o.txCode(), o.expiresAt()));
  }
}
