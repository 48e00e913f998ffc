package org.tessera.issuer.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Everything the claim page shows: the credential, its current wallet offer, link expiry. */
record ClaimPageModel(String token, ClaimedCredential credential, Optional<OfferLink> offer,
    Instant linkExpiresAt) {

  ClaimPageModel {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(linkExpiresAt, "linkExpiresAt");
  }
}
