package org.tessera.issuer.achievements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.issuer.achievements.AchievementDefinition.OutcomeItem;
import org.tessera.shared.model.Achievement;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.model.AchievementSubject;
import org.tessera.shared.model.Alignment;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.Criteria;
import org.tessera.shared.model.KnownUrls;
import org.tessera.shared.model.Profile;
import org.tessera.shared.model.cmf.Assessment;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.IdentityVerification;
import org.tessera.shared.model.cmf.LearningOutcome;
import org.tessera.shared.model.cmf.MicroCredentialProfile;
import org.tessera.shared.model.cmf.ParticipationForm;
import org.tessera.shared.model.cmf.QaType;
import org.tessera.shared.model.cmf.QualityAssurance;
import org.tessera.shared.model.cmf.Stackability;

/** Turns a validated definition into the OB 3.0 {@link Achievement} with its CMF extension. */
public final class AchievementMapper {

  static final String ESCO_FRAMEWORK = "ESCO";

  private AchievementMapper() {}

  /**
   * The achievement as credentials carry it.
   *
   * @throws IllegalArgumentException naming the field if the model refuses a value
   */
  public static Achievement toModel(String achievementIri, AchievementDefinition d,
      Profile creator) {
    List<Alignment> alignment = new ArrayList<>();
    alignment.add(Alignment.eqf(d.eqfLevel()));
    d.escoAlignments().forEach(a -> alignment.add(new Alignment(a.targetName(),
        a.targetUrl().toString(), Optional.empty(), Optional.empty(),
        Optional.of(ESCO_FRAMEWORK), Optional.empty())));
    return new Achievement(achievementIri, Achievement.TYPE, Achievement.MICRO_CREDENTIAL,
        d.name(), d.description(), Criteria.narrative(d.criteria()),
        Optional.of(d.creditsAvailable().doubleValue()), alignment, d.inLanguage(),
        d.fieldOfStudy(), Optional.of(creator), List.of(), Optional.empty(),
        Optional.of(microCredential(d)));
  }

  private static MicroCredentialProfile microCredential(AchievementDefinition d) {
    List<LearningOutcome> outcomes = new ArrayList<>();
    for (OutcomeItem o : d.learningOutcomes()) {
      outcomes.add(new LearningOutcome(o.title(),
          o.relatedEscoSkills().stream().map(URI::toString).toList()));
    }
    AchievementDefinition.QualityAssurance qa = d.qualityAssurance();
    return new MicroCredentialProfile(outcomes, Duration.ofHours(d.hours()),
        CreditPoint.ects(d.creditsAvailable().doubleValue()), d.eqfLevel(), d.nqfLevel(),
        new Assessment(d.assessment().methods(), d.assessment().summative(),
            d.assessment().description()),
        ParticipationForm.fromValue(d.participationForm()).orElseThrow(),
        new QualityAssurance(QaType.fromValue(qa.qaType()).orElseThrow(), qa.description(),
            qa.accreditation().map(URI::toString)),
        d.prerequisites(),
        IdentityVerification.fromValue(d.identityVerification()).orElseThrow(),
        d.stackability().map(s -> new Stackability(s.stackable(), s.recognitionRoutes())),
        d.furtherInformation().map(URI::toString));
  }

  /**
   * The achievement's public JSON, exactly as it appears inside credentials. CredentialJson maps
   * only whole credentials, so the achievement is taken out of a throw-away wrapper: one mapping,
   * no second copy to drift.
   */
  public static ObjectNode toJson(Achievement achievement) {
    Profile creator = achievement.creator().orElseThrow();
    AchievementCredential wrapper = new AchievementCredential(
        AchievementCredential.TESSERA_CONTEXTS, "urn:uuid:00000000-0000-0000-0000-000000000000",
        AchievementCredential.TESSERA_TYPE, achievement.name(), Optional.empty(), creator,
        Instant.EPOCH, Optional.empty(),
        new AchievementSubject("urn:uuid:00000000-0000-0000-0000-000000000000", achievement,
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
        List.of(), List.of(), List.of(), Optional.empty());
    ObjectNode json = (ObjectNode) CredentialJson.toJson(wrapper)
        .get("credentialSubject").get("achievement").deepCopy();
    ObjectNode withContext = json.objectNode();
    withContext.putArray("@context").add(KnownUrls.VC_V2_CONTEXT)
        .add(KnownUrls.OB_CONTEXT).add(KnownUrls.CMF_CONTEXT);
    withContext.setAll(json);
    return withContext;
  }
}
