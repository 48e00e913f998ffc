package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Checks {@code vp.nonce}, {@code vp.audience} and {@code vp.time} on an authenticated
 * presentation: the {@code nonce} and {@code aud} are exactly the expected ones (OpenID4VP
 * §14.1.2: {@code aud} is the client identifier; one string, or an array of just that one), and
 * {@code iat} lies within the window: not older than window + skew, not later than now + skew;
 * {@code nbf} and {@code exp}, when present, hold too.
 */
final class PresentationClaimsCheck {

  static final String NONCE_ID = "vp.nonce";
  static final String AUDIENCE_ID = "vp.audience";
  static final String TIME_ID = "vp.time";

  private final Clock clock;
  private final Duration window;
  private final Duration skew;

  PresentationClaimsCheck(Clock clock, Duration window, Duration skew) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
    this.skew = Objects.requireNonNull(skew, "skew");
  }

  CheckResult nonce(ParsedPresentation vp, PresentationExpectations expected) {
    JsonNode nonce = vp.claims().get("nonce");
    if (nonce == null || !nonce.isTextual() || !nonce.asText().equals(expected.nonce())) {
      return CheckResult.failed(NONCE_ID, ErrorCode.NONCE_MISMATCH);
    }
    return CheckResult.passed(NONCE_ID, DetailKey.VP_NONCE_OK.with());
  }

  CheckResult audience(ParsedPresentation vp, PresentationExpectations expected) {
    JsonNode aud = vp.claims().get("aud");
    if (aud != null && aud.isArray() && aud.size() == 1) {
      aud = aud.get(0);
    }
    if (aud == null || !aud.isTextual() || !aud.asText().equals(expected.audience())) {
      return CheckResult.failed(AUDIENCE_ID, ErrorCode.AUDIENCE_MISMATCH);
    }
    return CheckResult.passed(AUDIENCE_ID, DetailKey.VP_AUDIENCE_OK.with(expected.audience()));
  }

  CheckResult time(ParsedPresentation vp) {
    Instant now = clock.instant();
    Optional<Instant> iat = date(vp.claims().get("iat"));
    if (iat.isEmpty()) {
      return CheckResult.failed(TIME_ID, ErrorCode.PRESENTATION_MALFORMED,
          "the presentation has no numeric iat: its age cannot be checked");
    }
    Optional<Instant> nbf = date(vp.claims().get("nbf"));
    Optional<Instant> exp = date(vp.claims().get("exp"));
    if ((vp.claims().has("nbf") && nbf.isEmpty()) || (vp.claims().has("exp") && exp.isEmpty())) {
      return CheckResult.failed(TIME_ID, ErrorCode.PRESENTATION_MALFORMED,
          "nbf and exp must be numeric dates");
    }
    Instant latest = now.plus(skew);
    if (iat.get().isAfter(latest) || nbf.filter(n -> n.isAfter(latest)).isPresent()) {
      return CheckResult.failed(TIME_ID, ErrorCode.PRESENTATION_NOT_YET_VALID);
    }
    if (iat.get().isBefore(now.minus(window).minus(skew))
        || exp.filter(e -> !e.isAfter(now.minus(skew))).isPresent()) {
      return CheckResult.failed(TIME_ID, ErrorCode.PRESENTATION_EXPIRED);
    }
    return CheckResult.passed(TIME_ID, DetailKey.VP_TIME_OK.with(iat.get().toString()));
  }

  /** How long an accepted presentation must be remembered: until its iat falls out. */
  Duration memory() {
    return window.plus(skew).plus(skew);
  }

  private static Optional<Instant> date(JsonNode value) {
    if (value == null || !value.isNumber() || !value.canConvertToLong()) {
      return Optional.empty();
    }
    long seconds = value.asLong();
    return seconds < 0 || seconds > Instant.MAX.getEpochSecond() / 2
        ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
  }
}
