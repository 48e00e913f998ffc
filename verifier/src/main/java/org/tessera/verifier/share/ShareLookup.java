package org.tessera.verifier.share;

import java.time.Instant;
import java.util.Objects;

/** What opening a share link finds. */
public sealed interface ShareLookup {

  /** A live link and its credential JWT. */
  record Active(String credentialJwt, Instant expiresAt) implements ShareLookup {
    public Active {
      Objects.requireNonNull(credentialJwt, "credentialJwt");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
      return "Active[expiresAt=" + expiresAt + "]";
    }
  }

  /** The link existed but has ended (HTTP 410). */
  record Gone(Reason reason) implements ShareLookup {
    public Gone {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** No such link (HTTP 404). */
  record Missing() implements ShareLookup {}

  enum Reason { EXPIRED, REVOKED }
}
