package org.tessera.issuer.claim;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One claim e-mail, held in memory only: the address is never stored (the credential carries
 * its salted hash), so it lives exactly as long as the send and its retries.
 */
public record ClaimEmail(String credentialId, String to, URI claimUrl, String title,
    String issuerName, Instant expiresAt) {

  public ClaimEmail {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(claimUrl, "claimUrl");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuerName, "issuerName");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Redacted: neither the address nor the claim link (a capability) reaches a log. */
  @Override
  public String toString() {
    return "ClaimEmail[credentialId=" + credentialId + ", redacted]";
  }
}
