package org.tessera.issuer.claim;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A verifier share link made for the learner: its public URL, id and expiry. */
public record ShareLink(String id, URI url, Instant expiresAt) {

  /** The verifier's share ids: 128 random bits, base64url (docs/share-links.md). */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

  public ShareLink {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a share id");
    }
  }

  /** The link of share {@code id} on the verifier at {@code verifier}. */
  static URI url(URI verifier, String id) {
    return URI.create(verifier.toString().replaceAll("/+$", "") + "/s/" + id);
  }
}
