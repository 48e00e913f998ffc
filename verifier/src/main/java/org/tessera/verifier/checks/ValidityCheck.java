package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Check 6, validity period: {@code validFrom ≤ now + skew} and {@code now - skew ≤ validUntil}
 * (VC 1.1 {@code issuanceDate}/{@code expirationDate} likewise), on the injected clock.
 */
public final class ValidityCheck implements CredentialRule {

  public static final String ID = "validity";

  /** Default tolerance for clocks that disagree a little. */
  public static final Duration DEFAULT_SKEW = Duration.ofSeconds(60);

  private final Clock clock;
  private final Duration skew;

  public ValidityCheck(Clock clock, Duration skew) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skew = Objects.requireNonNull(skew, "skew");
    if (skew.isNegative()) {
      throw new IllegalArgumentException("clock skew must not be negative");
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.credential());
  }

  CheckResult check(ObjectNode credential) {
    Instant now = clock.instant();
    Optional<String> fromText = CredentialFields.validFromText(credential);
    Optional<String> untilText = CredentialFields.validUntilText(credential);
    Optional<Instant> from = fromText.flatMap(CredentialFields::instant);
    Optional<Instant> until = untilText.flatMap(CredentialFields::instant);
    if (fromText.isPresent() != from.isPresent() || untilText.isPresent() != until.isPresent()) {
      return CheckResult.failed(ID, ErrorCode.SCHEMA_INVALID,
          "validity dates are not date-times with a time zone");
    }
    if (from.isPresent() && from.get().isAfter(now.plus(skew))) {
      return CheckResult.failed(ID, ErrorCode.NOT_YET_VALID,
          "the credential is valid from " + from.get());
    }
    if (until.isPresent() && until.get().isBefore(now.minus(skew))) {
      return CheckResult.failed(ID, ErrorCode.EXPIRED, "the credential expired at " + until.get());
    }
    return CheckResult.passed(ID, until.map(u -> DetailKey.VALIDITY_UNTIL.with(u.toString()))
        .orElseGet(() -> DetailKey.VALIDITY_NO_END.with()));
  }
}
