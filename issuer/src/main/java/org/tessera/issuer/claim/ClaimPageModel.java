package org.tessera.issuer.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the claim page shows: the credential, its current wallet offer, link expiry,
 * whether share links can be made, and the share link just made (after "Create a share link").
 */
record ClaimPageModel(String token, ClaimedCredential credential, Optional<OfferLink> offer,
    Instant linkExpiresAt, boolean sharing, boolean shareRequested, Optional<ShareLink> share) {

  ClaimPageModel {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(linkExpiresAt, "linkExpiresAt");
    Objects.requireNonNull(share, "share");
  }
}
