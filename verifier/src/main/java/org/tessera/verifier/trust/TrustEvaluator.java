package org.tessera.verifier.trust;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.result.ErrorCode;

/**
 * Applies a trust list to an authenticated credential: the issuer must be listed, GRANTED both
 * when the credential became valid and now, and the credential must lie in the accreditation
 * scope (types, EQF level range, the {@value #CMF_FRAMEWORK} framework for credentials carrying
 * the CMF extension, issued before the accreditation ended).
 */
public final class TrustEvaluator {

  /** The framework name a scope lists to cover CMF micro-credentials. */
  public static final String CMF_FRAMEWORK = "EU-CMF";

  private TrustEvaluator() {}

  public static TrustDecision evaluate(TrustList list, String issuerId, Instant issuedAt,
      Instant now, JsonNode credential) {
    Optional<TrustedIssuer> entry = list.issuer(issuerId);
    if (entry.isEmpty()) {
      return new TrustDecision.Refused(ErrorCode.ISSUER_NOT_TRUSTED,
          "the issuer is not on the trust list");
    }
    TrustedIssuer issuer = entry.get();
    if (issuer.statusAt(now).orElse(null) != TrustStatus.GRANTED) {
      return refused(ErrorCode.ISSUER_TRUST_SUSPENDED, "the issuer's accreditation is "
          + issuer.statusAt(now).map(TrustStatus::value).orElse("not in force") + " now");
    }
    if (issuer.statusAt(issuedAt).orElse(null) != TrustStatus.GRANTED) {
      return refused(ErrorCode.ISSUER_TRUST_SUSPENDED,
          "the issuer was not accredited when the credential was issued");
    }
    AccreditationScope scope = issuer.scope();
    if (scope.validUntil().map(issuedAt::isAfter).orElse(false)) {
      return refused(ErrorCode.ACCREDITATION_OUT_OF_SCOPE,
          "the credential was issued after the accreditation ended");
    }
    if (!scope.credentialTypes().isEmpty() && !hasAnyType(credential, scope)) {
      return refused(ErrorCode.ACCREDITATION_OUT_OF_SCOPE,
          "the issuer is not accredited for this credential type");
    }
    if (isMicroCredential(credential) && !scope.frameworks().contains(CMF_FRAMEWORK)) {
      return refused(ErrorCode.ACCREDITATION_OUT_OF_SCOPE,
          "the issuer is not accredited for " + CMF_FRAMEWORK + " micro-credentials");
    }
    return eqfInScope(CmfFacts.of(credential), isMicroCredential(credential), scope)
        .orElse(new TrustDecision.Trusted(issuer));
  }

  /**
   * The EQF level read by the one CMF parser: a level that is stated but unreadable (or stated
   * twice, differently) is out of scope, never "no scope check"; so is a micro-credential
   * without one. Only a credential that states no level at all (a plain badge) skips it.
   */
  private static Optional<TrustDecision> eqfInScope(CmfFacts facts, boolean microCredential,
      AccreditationScope scope) {
    if (facts.eqfLevelUnreadable()) {
      return Optional.of(refused(ErrorCode.ACCREDITATION_OUT_OF_SCOPE,
          "the EQF level is unreadable or stated inconsistently"));
    }
    Optional<Integer> eqf = facts.eqfLevel();
    if (eqf.isEmpty()) {
      return microCredential ? Optional.of(refused(ErrorCode.ACCREDITATION_OUT_OF_SCOPE,
          "the micro-credential states no EQF level")) : Optional.empty();
    }
    if (eqf.get() < scope.minEqfLevel() || eqf.get() > scope.maxEqfLevel()) {
      return Optional.of(refused(ErrorCode.ACCREDITATION_OUT_OF_SCOPE, "EQF level " + eqf.get()
          + " is outside the accredited range " + scope.minEqfLevel() + "–"
          + scope.maxEqfLevel()));
    }
    return Optional.empty();
  }

  private static TrustDecision refused(ErrorCode code, String message) {
    return new TrustDecision.Refused(code, message);
  }

  private static boolean hasAnyType(JsonNode credential, AccreditationScope scope) {
    JsonNode type = credential.get("type");
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      return scope.credentialTypes().contains(type.asText());
    }
    for (JsonNode t : type) {
      if (t.isTextual() && scope.credentialTypes().contains(t.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMicroCredential(JsonNode credential) {
    JsonNode subject = credential.path("credentialSubject");
    if (subject.isArray()) {
      subject = subject.path(0);
    }
    return subject.path("achievement").has("microCredential");
  }
}
