package org.tessera.issuer.sdjwt;

import static org.tessera.issuer.sdjwt.LearningCredentialClaim.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.model.Achievement;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.model.Alignment;
import org.tessera.shared.model.IdentityObject;
import org.tessera.shared.model.Result;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.IdentityVerification;
import org.tessera.shared.model.cmf.IsoDurations;
import org.tessera.shared.model.cmf.LearningOutcome;
import org.tessera.shared.model.cmf.MicroCredentialProfile;
import org.tessera.shared.model.cmf.QualityAssurance;

/**
 * The values of the {@link LearningCredentialClaim}s for one award, read from its OB 3.0
 * credential: the same definition, so both formats say the same thing. Values are plain Java
 * (String, Number, List, Map) because the SD-JWT library serialises disclosures from them.
 */
final class LearningCredentialValues {

  private static final String ESCO_PREFIX = "http://data.europa.eu/esco/skill/";

  private LearningCredentialValues() {}

  /**
   * @throws IllegalArgumentException when the credential has no CMF profile: Tessera's SD-JWT VC
   *     is a micro-credential, and every achievement Tessera awards has one
   */
  static Map<LearningCredentialClaim, Object> of(AchievementCredential credential) {
    Achievement achievement = credential.credentialSubject().achievement();
    MicroCredentialProfile cmf = achievement.microCredential().orElseThrow(
        () -> new IllegalArgumentException("the achievement has no CMF profile"));
    Map<LearningCredentialClaim, Object> v = new EnumMap<>(LearningCredentialClaim.class);
    v.put(ISSUING_AUTHORITY, credential.issuer().name());
    credential.issuer().address().ifPresent(a -> v.put(ISSUING_COUNTRY, a.addressCountryCode()));
    v.put(DATE_OF_ISSUANCE, date(credential.validFrom()));
    credential.validUntil().ifPresent(until -> v.put(DATE_OF_EXPIRY, date(until)));
    v.put(ACHIEVEMENT_TITLE, achievement.name());
    v.put(ACHIEVEMENT_DESCRIPTION, achievement.description());
    achievement.inLanguage().ifPresent(language -> v.put(LANGUAGE_OF_CLASSES, language));
    v.put(ACHIEVEMENT_ID, achievement.id());

    for (IdentityObject identity : credential.credentialSubject().identifier()) {
      if ("name".equals(identity.identityType()) && !identity.hashed()) {
        v.put(NAME, identity.identityHash());
      } else if ("emailAddress".equals(identity.identityType()) && identity.hashed()) {
        v.put(LEARNER_IDENTIFICATION, identity.identityHash());
        identity.salt().ifPresent(salt -> v.put(LEARNER_IDENTIFICATION_SALT, salt));
      }
    }
    v.put(LEARNING_OUTCOMES, cmf.learningOutcomes().stream().map(LearningOutcome::title)
        .toList());
    credential.credentialSubject().result().stream().map(Result::value)
        .flatMap(Optional::stream).findFirst().ifPresent(grade -> v.put(ASSESSMENT_GRADE, grade));
    double hours = IsoDurations.hours(cmf.volumeOfLearning());
    Number workload = hours == Math.rint(hours) ? (Number) (long) hours : (Number) hours;
    v.put(EXPECTED_STUDY_TIME, workload + " hours");
    v.put(LEVEL_OF_LEARNING_EXPERIENCE, "EQF level " + cmf.eqfLevel());
    v.put(FORM_OF_PARTICIPATION, cmf.participationForm().value());
    v.put(TYPES_OF_QUALITY_ASSURANCE, List.of(cmf.qualityAssurance().description()));
    cmf.prerequisites().ifPresent(p -> v.put(PREREQUISITES_TO_ENROLL, List.of(p)));
    v.put(EVALUATOR_VERIFICATION, List.of(evaluatorText(cmf.identityVerification())));
    cmf.stackability().ifPresent(s -> v.put(INTEGRATION_STACKABILITY_OPTIONS,
        (s.stackable() ? "stackable" : "not stackable")
            + (s.recognitionRoutes().isEmpty() ? "" : ": "
                + String.join("; ", s.recognitionRoutes()))));

    CreditPoint credits = cmf.creditPoint();
    if (CreditPoint.ECTS_FRAMEWORK.equals(credits.framework())) {
      double points = credits.point();
      v.put(ECTS_CREDITS, points == Math.rint(points) ? (Number) (long) points : points);
    }
    v.put(WORKLOAD_HOURS, workload);
    v.put(EQF_LEVEL, cmf.eqfLevel());
    cmf.nqfLevel().ifPresent(level -> v.put(NQF_LEVEL, level));
    v.put(ASSESSMENT_TYPE, cmf.assessment().summative() ? "summative" : "formative");
    v.put(ASSESSMENT_METHODS, cmf.assessment().methods());
    v.put(IDENTITY_VERIFICATION, cmf.identityVerification().value());
    v.put(QUALITY_ASSURANCE, List.of(qualityAssurance(cmf.qualityAssurance())));
    List<String> skills = escoSkills(achievement, cmf);
    if (!skills.isEmpty()) {
      v.put(ESCO_SKILLS, skills);
    }
    return v;
  }

  private static String date(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String evaluatorText(IdentityVerification verification) {
    return switch (verification) {
      case SUPERVISED_ONSITE -> "Identity verified at a supervised on-site assessment";
      case SUPERVISED_ONLINE -> "Identity verified at a supervised online assessment";
      case UNSUPERVISED_WITH_ID_VERIFICATION ->
          "Unsupervised assessment with identity verification";
      case NONE -> "No identity verification";
    };
  }

  private static Map<String, Object> qualityAssurance(QualityAssurance qa) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", qa.qaType().value());
    json.put("description", qa.description());
    qa.accreditation().ifPresent(a -> json.put("accreditation", a));
    return json;
  }

  /** ESCO IRIs of the learning outcomes, then of the ESCO alignments, each once, in order. */
  private static List<String> escoSkills(Achievement achievement, MicroCredentialProfile cmf) {
    Set<String> skills = new LinkedHashSet<>();
    cmf.learningOutcomes().forEach(o -> skills.addAll(o.relatedEscoSkill()));
    for (Alignment alignment : achievement.alignment()) {
      if (alignment.targetUrl().startsWith(ESCO_PREFIX)) {
        skills.add(alignment.targetUrl());
      }
    }
    return new ArrayList<>(skills);
  }
}
