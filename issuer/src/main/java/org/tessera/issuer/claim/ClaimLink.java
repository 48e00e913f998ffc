package org.tessera.issuer.claim;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A freshly made claim link: the learner's capability, so never logged. */
public record ClaimLink(String credentialId, URI url, Instant expiresAt) {

  public ClaimLink {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "ClaimLink[credentialId=" + credentialId + ", expiresAt=" + expiresAt
        + ", url=(redacted)]";
  }
}
