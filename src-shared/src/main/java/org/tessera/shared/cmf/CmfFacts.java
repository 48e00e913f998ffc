package org.tessera.shared.cmf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a credential states about the CMF elements, as found, before judging it: the one reading
 * of these facts for the trust check, the CMF verdict and the page. Enumerated values
 * ({@code identityVerification}, {@code participationForm}, {@code qaType}) are present only
 * when they are one of the values of docs/cmf-extension.md.
 *
 * @param eqfLevel the EQF level, present only when every EQF statement of the credential reads
 *     strictly ({@code http(s)://data.europa.eu/snb/eqf/N} or a bare {@code N}, nothing around
 *     it) and they all agree
 * @param eqfLevelUnreadable the credential states an EQF level (in {@code microCredential} or an
 *     EQF alignment) that cannot be read, or states several that disagree: no level at all
 *     would be a lie, so a scope check must treat this as out of scope
 */
public record CmfFacts(
    Optional<String> title,
    Optional<String> awardingBody,
    Optional<String> issuerCountry,
    Optional<Double> hours,
    Optional<Double> ects,
    Optional<Integer> eqfLevel,
    boolean eqfLevelUnreadable,
    Optional<Boolean> summativeAssessment,
    Optional<String> identityVerification,
    Optional<String> participationForm,
    Optional<String> qaType,
    Optional<Integer> learningOutcomeCount) {

  static final CmfFacts NONE = new CmfFacts(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** The facts stated by {@code credential}; none for anything but a JSON object. */
  public static CmfFacts of(JsonNode credential) {
    return credential != null && credential.isObject() ? CmfFactsReader.read(credential) : NONE;
  }
}
