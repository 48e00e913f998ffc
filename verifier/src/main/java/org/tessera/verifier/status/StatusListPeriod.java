package org.tessera.verifier.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.verifier.result.ErrorCode;

/**
 * When a status list may be relied on: from its {@code validFrom} and JWT {@code nbf} (with
 * {@link #ALLOWED_CLOCK_SKEW} for an issuer clock slightly ahead) until the earlier of its
 * {@code validUntil} and JWT {@code exp} (no skew: an expired list never says "not revoked").
 * Outside that period the list counts as unavailable.
 *
 * @param notBefore the later of {@code validFrom} and {@code nbf}
 * @param notAfter the earlier of {@code validUntil} and {@code exp}, when either is given
 */
record StatusListPeriod(Instant notBefore, Optional<Instant> notAfter) {

  /** Same tolerance as for trust lists; never applied to expiry. */
  static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(1);

  /** Year 9999: beyond it a claim is nonsense, and {@link Instant} arithmetic would overflow. */
  private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  StatusListPeriod {
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
  }

  /**
   * The period of a list credential and the claims of its JWT; empty when {@code nbf} or
   * {@code exp} is present but not a whole number of seconds.
   */
  static Optional<StatusListPeriod> of(StatusListCredentialView view, ObjectNode claims) {
    JsonNode nbf = claims.get("nbf");
    JsonNode exp = claims.get("exp");
    if (!isSecondsOrAbsent(nbf) || !isSecondsOrAbsent(exp)) {
      return Optional.empty();
    }
    Instant notBefore = later(view.validFrom(), instant(nbf));
    return Optional.of(new StatusListPeriod(notBefore, earlier(view.validUntil(), instant(exp))));
  }

  /** Empty when the list may be used at {@code now}; otherwise why not. */
  Optional<StatusListLookup.Refused> refusalAt(Instant now) {
    if (notBefore.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
      return Optional.of(unavailable("the status list is not valid yet"));
    }
    if (notAfter.map(end -> !now.isBefore(end)).orElse(false)) {
      return Optional.of(unavailable("the status list has expired"));
    }
    return Optional.empty();
  }

  private static StatusListLookup.Refused unavailable(String message) {
    return new StatusListLookup.Refused(ErrorCode.STATUS_LIST_UNAVAILABLE, message);
  }

  private static boolean isSecondsOrAbsent(JsonNode claim) {
    return claim == null || claim.isIntegralNumber() && claim.canConvertToLong()
        && Math.abs(claim.asLong()) <= MAX_EPOCH_SECOND;
  }

  private static Optional<Instant> instant(JsonNode claim) {
    return claim == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(claim.asLong()));
  }

  private static Instant later(Instant a, Optional<Instant> b) {
    return b.filter(t -> t.isAfter(a)).orElse(a);
  }

  private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
    return a.or(() -> b);
  }
}
