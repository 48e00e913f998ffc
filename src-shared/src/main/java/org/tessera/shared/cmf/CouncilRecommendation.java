package org.tessera.shared.cmf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The mandatory elements of the Council Recommendation on micro-credentials (2022/C 243/02,
 * Annex I), read from a {@link CmfVerdict}. The Recommendation asks only that the elements be
 * stated; the ranges (4–6 ECTS, 100–150 h, EQF 5–8) and the assessment and identity rules are
 * the European MOOC Consortium's Common Microcredential Framework, which {@link CmfPolicy#EU_CMF}
 * judges. A page must not present one as the other (decision 0052).
 *
 * <p>Learner and date of issue are mandatory too; every Open Badges 3.0 credential states them
 * (the schema check). The level is required only "if applicable", so a missing EQF level is not
 * a missing element; the workload counts as stated in ECTS credits or in hours.
 */
public final class CouncilRecommendation {

  private static final Set<CmfReasonCode> ELEMENTS = Set.of(CmfReasonCode.MALFORMED_CREDENTIAL,
      CmfReasonCode.MISSING_TITLE, CmfReasonCode.MISSING_AWARDING_BODY,
      CmfReasonCode.MISSING_ISSUER_COUNTRY, CmfReasonCode.MISSING_LEARNING_OUTCOMES,
      CmfReasonCode.MISSING_ASSESSMENT, CmfReasonCode.MISSING_PARTICIPATION_FORM,
      CmfReasonCode.MISSING_QUALITY_ASSURANCE);

  private CouncilRecommendation() {}

  /** The mandatory elements {@code verdict} found absent, in the order found; empty when all. */
  public static List<CmfReasonCode> missingElements(CmfVerdict verdict) {
    List<CmfReasonCode> codes = verdict.reasons().stream().map(CmfReason::code).toList();
    List<CmfReasonCode> missing = new ArrayList<>();
    for (CmfReasonCode code : codes) {
      boolean noWorkload = code == CmfReasonCode.MISSING_WORKLOAD
          && codes.contains(CmfReasonCode.MISSING_ECTS);
      if (ELEMENTS.contains(code) || noWorkload) {
        missing.add(code);
      }
    }
    return List.copyOf(missing);
  }
}
