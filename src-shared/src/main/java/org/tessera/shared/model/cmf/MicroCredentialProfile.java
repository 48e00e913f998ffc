package org.tessera.shared.model.cmf;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.model.Checks;

/**
 * The CMF extension on an Achievement ({@code microCredential}, type
 * {@code MicroCredentialProfile}), field by field as in docs/cmf-extension.md. The record
 * holds what the issuer states; whether that is CMF conformant is computed by
 * {@code org.tessera.shared.cmf.CmfConformance}.
 *
 * @param volumeOfLearning notional workload, written as an ISO 8601 duration ({@code PT125H})
 * @param eqfLevel EQF level 1 to 8, written as the IRI {@code http://data.europa.eu/snb/eqf/N}
 */
public record MicroCredentialProfile(
    List<LearningOutcome> learningOutcomes,
    Duration volumeOfLearning,
    CreditPoint creditPoint,
    int eqfLevel,
    Optional<String> nqfLevel,
    Assessment assessment,
    ParticipationForm participationForm,
    QualityAssurance qualityAssurance,
    Optional<String> prerequisites,
    IdentityVerification identityVerification,
    Optional<Stackability> stackability,
    Optional<String> furtherInformation) {

  public static final String TYPE = "MicroCredentialProfile";

  public MicroCredentialProfile {
    learningOutcomes = Checks.list(learningOutcomes, "learningOutcomes");
    if (learningOutcomes.isEmpty()) {
      throw new IllegalArgumentException("learningOutcomes: at least one learning outcome");
    }
    Checks.present(volumeOfLearning, "volumeOfLearning");
    if (volumeOfLearning.isNegative() || volumeOfLearning.isZero()) {
      throw new IllegalArgumentException("volumeOfLearning: must be positive");
    }
    Checks.present(creditPoint, "creditPoint");
    EqfLevels.check(eqfLevel);
    Checks.optionalText(nqfLevel, "nqfLevel");
    Checks.present(assessment, "assessment");
    Checks.present(participationForm, "participationForm");
    Checks.present(qualityAssurance, "qualityAssurance");
    Checks.optionalText(prerequisites, "prerequisites");
    Checks.present(identityVerification, "identityVerification");
    Checks.present(stackability, "stackability");
    Checks.optionalUri(furtherInformation, "furtherInformation");
  }

  /** The EQF level as the IRI that is written to JSON. */
  public String eqfLevelIri() {
    return EqfLevels.iri(eqfLevel);
  }
}
