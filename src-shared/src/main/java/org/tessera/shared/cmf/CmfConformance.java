package org.tessera.shared.cmf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.model.cmf.IdentityVerification;

/**
 * Computes whether a credential is conformant to a {@link CmfPolicy}. It works on the JSON so
 * that it can judge any issuer's credential, not only Tessera's; the CMF extension is read from
 * {@code credentialSubject.achievement.microCredential}, with the native OB 3.0 fields
 * ({@code creditsAvailable}, EQF {@code alignment}) as fall-backs. Reason codes:
 * {@link CmfReasonCode}.
 */
public final class CmfConformance {

  private CmfConformance() {}

  public static CmfVerdict evaluate(JsonNode credential, CmfPolicy policy) {
    if (credential == null || !credential.isObject()) {
      return new CmfVerdict(false, List.of(new CmfReason(CmfReasonCode.MALFORMED_CREDENTIAL,
          "the credential is not a JSON object")), CmfFacts.NONE);
    }
    CmfFacts facts = CmfFacts.of(credential);
    List<CmfReason> reasons = new ArrayList<>();
    missing(reasons, facts.title(), CmfReasonCode.MISSING_TITLE, "title");
    missing(reasons, facts.awardingBody(), CmfReasonCode.MISSING_AWARDING_BODY, "awarding body");
    missing(reasons, facts.issuerCountry(), CmfReasonCode.MISSING_ISSUER_COUNTRY,
        "issuer country");
    if (facts.learningOutcomeCount().orElse(0) == 0) {
      reasons.add(new CmfReason(CmfReasonCode.MISSING_LEARNING_OUTCOMES,
          "no learning outcomes stated"));
    }
    range(reasons, facts.hours(), policy.minHours(), policy.maxHours(), "workload", "h",
        CmfReasonCode.MISSING_WORKLOAD, CmfReasonCode.WORKLOAD_OUT_OF_RANGE);
    range(reasons, facts.ects(), policy.minEcts(), policy.maxEcts(), "ECTS credits", "ECTS",
        CmfReasonCode.MISSING_ECTS, CmfReasonCode.ECTS_OUT_OF_RANGE);
    if (facts.eqfLevelUnreadable()) {
      reasons.add(new CmfReason(CmfReasonCode.MISSING_EQF_LEVEL,
          "EQF level unreadable or stated inconsistently"));
    } else {
      range(reasons, facts.eqfLevel().map(Integer::doubleValue), policy.minEqf(),
          policy.maxEqf(), "EQF level", "", CmfReasonCode.MISSING_EQF_LEVEL,
          CmfReasonCode.EQF_OUT_OF_RANGE);
    }
    assessment(reasons, facts, policy);
    identityVerification(reasons, facts, policy);
    missing(reasons, facts.participationForm(), CmfReasonCode.MISSING_PARTICIPATION_FORM,
        "form of participation");
    missing(reasons, facts.qaType(), CmfReasonCode.MISSING_QUALITY_ASSURANCE,
        "type of quality assurance");
    return new CmfVerdict(reasons.isEmpty(), reasons, facts);
  }

  private static void assessment(List<CmfReason> reasons, CmfFacts facts, CmfPolicy policy) {
    if (facts.summativeAssessment().isEmpty()) {
      reasons.add(new CmfReason(CmfReasonCode.MISSING_ASSESSMENT,
          "type of assessment not stated"));
    } else if (policy.requireSummativeAssessment() && !facts.summativeAssessment().get()) {
      reasons.add(new CmfReason(CmfReasonCode.NOT_SUMMATIVE, "the assessment is not summative"));
    }
  }

  private static void identityVerification(List<CmfReason> reasons, CmfFacts facts,
      CmfPolicy policy) {
    if (!policy.requireIdentityVerification()) {
      return;
    }
    if (facts.identityVerification().isEmpty()) {
      reasons.add(new CmfReason(CmfReasonCode.MISSING_IDENTITY_VERIFICATION,
          "identity verification during assessment not stated"));
    } else if (facts.identityVerification().get().equals(IdentityVerification.NONE.value())) {
      reasons.add(new CmfReason(CmfReasonCode.IDENTITY_NOT_VERIFIED,
          "the learner's identity was not verified during assessment"));
    }
  }

  private static void missing(List<CmfReason> reasons, Optional<String> fact, CmfReasonCode code,
      String element) {
    if (fact.isEmpty()) {
      reasons.add(new CmfReason(code, element + " not stated"));
    }
  }

  private static void range(List<CmfReason> reasons, Optional<Double> fact, double min,
      double max, String element, String unit, CmfReasonCode missing, CmfReasonCode outOfRange) {
    if (fact.isEmpty()) {
      reasons.add(new CmfReason(missing, element + " not stated"));
    } else if (fact.get() < min || fact.get() > max) {
      String suffix = unit.isEmpty() ? "" : " " + unit;
      reasons.add(new CmfReason(outOfRange, element + " " + plain(fact.get()) + suffix
          + " is outside " + plain(min) + "-" + plain(max) + suffix));
    }
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
