package org.tessera.shared.cmf;

import java.util.Optional;

/**
 * What a credential states about the CMF elements, as found, before judging it. Enumerated
 * values ({@code identityVerification}, {@code participationForm}, {@code qaType}) are present
 * only when they are one of the values of docs/cmf-extension.md.
 */
public record CmfFacts(
    Optional<String> title,
    Optional<String> awardingBody,
    Optional<String> issuerCountry,
    Optional<Double> hours,
    Optional<Double> ects,
    Optional<Integer> eqfLevel,
    Optional<Boolean> summativeAssessment,
    Optional<String> identityVerification,
    Optional<String> participationForm,
    Optional<String> qaType,
    Optional<Integer> learningOutcomeCount) {

  static final CmfFacts NONE = new CmfFacts(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());
}
