package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.IssuerInfo;
import org.tessera.verifier.trust.TrustDecision;
import org.tessera.verifier.trust.TrustEvaluator;
import org.tessera.verifier.trust.TrustLookup;

/**
 * Check 9, trust list: is the (authenticated) issuer accredited, now and at issuance, for this
 * credential? Fails closed when a configured trust list cannot be used; only an explicit opt-out
 * turns the check into a warning.
 */
public final class TrustCheck implements CredentialRule {

  public static final String ID = "trust";

  private final Clock clock;

  public TrustCheck(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.trust(), credential.jwt(), credential.issuerId());
  }

  CheckResult check(TrustLookup lookup, ParsedCredentialJwt jwt, String issuerId) {
    Instant now = clock.instant();
    // Its latest own date (validFrom, nbf, iat), not validFrom alone: a credential signed after
    // the accreditation ended cannot pass by back-dating one field. Undated: judged as of now.
    Instant issuedAt = CredentialFields.signingDate(jwt).orElse(now);
    return check(lookup, issuerId, issuedAt, now, jwt.credential());
  }

  /**
   * The trust check of any authenticated credential (also Open Badges 2.0 assertions): the
   * issuer {@code issuerId} as of {@code issuedAt} and {@code now}.
   */
  public static CheckResult check(TrustLookup lookup, String issuerId, Instant issuedAt,
      Instant now, JsonNode credential) {
    if (lookup instanceof TrustLookup.Disabled) {
      return CheckResult.warning(ID, ErrorCode.TRUST_LIST_UNAVAILABLE,
          "trust not checked: running without a trust list");
    }
    if (lookup instanceof TrustLookup.Unavailable unavailable) {
      return CheckResult.failed(ID, unavailable.code(), unavailable.message());
    }
    TrustDecision decision = TrustEvaluator.evaluate(
        ((TrustLookup.Available) lookup).trustList(), issuerId, issuedAt, now, credential);
    if (decision instanceof TrustDecision.Refused refused) {
      return CheckResult.failed(ID, refused.code(), refused.message());
    }
    TrustedIssuer issuer = ((TrustDecision.Trusted) decision).issuer();
    return CheckResult.passed(ID, DetailKey.TRUST_OK.with(issuer.displayName()));
  }

  /** The sequence number of the trust list in force, when there is one. */
  public static Optional<Long> trustListSequence(TrustLookup lookup) {
    return lookup instanceof TrustLookup.Available available
        ? Optional.of(available.trustList().sequenceNumber()) : Optional.empty();
  }

  /**
   * How the trust list names the issuer, whatever the decision, so a report can say who a
   * refused issuer is.
   */
  public static Optional<IssuerInfo> issuerInfo(TrustLookup lookup, String issuerId) {
    if (!(lookup instanceof TrustLookup.Available available)) {
      return Optional.empty();
    }
    return available.trustList().issuer(issuerId).map(issuer -> new IssuerInfo(
        issuer.issuerId(), Optional.of(issuer.displayName()), Optional.of(issuer.country()),
        Optional.of(issuer.scope())));
  }
}
