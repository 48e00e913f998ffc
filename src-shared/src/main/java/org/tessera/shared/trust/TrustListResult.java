package org.tessera.shared.trust;

import java.util.Objects;

/** The outcome of {@link TrustListJwt#verify}: a verified trust list or a stable code. */
public sealed interface TrustListResult permits TrustListResult.Valid, TrustListResult.Invalid {

  /** Why a trust list JWT was refused. Stable: never renamed. */
  enum Code {
    /** Not a compact JWS, too long, refused header ({@code jwk}, {@code jku}, {@code x5u},
     * {@code x5c}, {@code crit}), or a payload that is not a valid trust list. */
    MALFORMED,
    /** The {@code typ} header is not {@code trust-list+jwt}. */
    WRONG_TYP,
    /** The header {@code alg} does not fit the anchor key, or the signature does not verify. */
    BAD_SIGNATURE,
    /** The time is at or past the list's {@code exp} (next update). */
    EXPIRED,
    /** The sequence number is lower than one already seen. */
    ROLLBACK,
    /** The list's {@code iat} is in the future (beyond the allowed clock skew). */
    NOT_YET_VALID
  }

  /** A list whose signature, shape, time and sequence number were all checked. */
  record Valid(TrustList trustList) implements TrustListResult {
    public Valid {
      Objects.requireNonNull(trustList, "trustList");
    }
  }

  /** A refused list. */
  record Invalid(Code code) implements TrustListResult {
    public Invalid {
      Objects.requireNonNull(code, "code");
    }
  }
}
