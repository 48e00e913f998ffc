package org.tessera.shared.cmf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.SampleCredentials;

class CmfConformanceTest {

  @Test
  void evaluate_sample_conformantWithFacts() {
    CmfVerdict verdict = CmfConformance.evaluate(sample(), CmfPolicy.EU_CMF);

    assertThat(verdict.conformant()).isTrue();
    assertThat(verdict.reasons()).isEmpty();
    CmfFacts facts = verdict.facts();
    assertThat(facts.title()).contains("Databases I");
    assertThat(facts.awardingBody()).contains("University of Example");
    assertThat(facts.issuerCountry()).contains("PT");
    assertThat(facts.hours()).contains(125.0);
    assertThat(facts.ects()).contains(5.0);
    assertThat(facts.eqfLevel()).contains(6);
    assertThat(facts.summativeAssessment()).contains(true);
    assertThat(facts.identityVerification()).contains("supervised-onsite");
    assertThat(facts.participationForm()).contains("blended");
    assertThat(facts.qaType()).contains("internal-and-external");
    assertThat(facts.learningOutcomeCount()).contains(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT100H", "PT150H", "P5D", "PT99H60M"})
  void evaluate_workloadInsideRange_accepted(String volume) {
    assertThat(codes(micro(m -> m.put("volumeOfLearning", volume)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT99H", "PT151H", "PT150H1M", "P7D"})
  void evaluate_workloadOutsideRange_workloadOutOfRange(String volume) {
    assertThat(codes(micro(m -> m.put("volumeOfLearning", volume))))
        .containsExactly("WORKLOAD_OUT_OF_RANGE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"125 hours", "P1M", "-PT125H", "PT0H", "PT9999999999999999999H", ""})
  void evaluate_workloadNotUsableDuration_missingWorkload(String volume) {
    assertThat(codes(micro(m -> m.put("volumeOfLearning", volume))))
        .containsExactly("MISSING_WORKLOAD");
  }

  @Test
  void evaluate_noWorkload_missingWorkload() {
    assertThat(codes(micro(m -> m.remove("volumeOfLearning")))).containsExactly("MISSING_WORKLOAD");
  }

  @ParameterizedTest
  @CsvSource({"4, true", "6, true", "3.5, false", "6.5, false"})
  void evaluate_ectsBoundaries(double ects, boolean accepted) {
    ObjectNode json = micro(m -> ((ObjectNode) m.get("creditPoint")).put("point", ects));

    assertThat(codes(json)).isEqualTo(
        accepted ? java.util.List.of() : java.util.List.of("ECTS_OUT_OF_RANGE"));
  }

  @Test
  void evaluate_creditPointNotEcts_fallsBackToCreditsAvailable() {
    ObjectNode json = micro(m -> ((ObjectNode) m.get("creditPoint"))
        .put("framework", "https://example.org/other-credits").put("point", 40));
    ((ObjectNode) json.at("/credentialSubject/achievement")).put("creditsAvailable", 7);

    CmfVerdict verdict = CmfConformance.evaluate(json, CmfPolicy.EU_CMF);

    assertThat(verdict.facts().ects()).contains(7.0);
    assertThat(verdict.reasonCodes()).containsExactly("ECTS_OUT_OF_RANGE");
  }

  @Test
  void evaluate_noEcts_missingEcts() {
    ObjectNode json = micro(m -> m.remove("creditPoint"));
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("creditsAvailable");

    assertThat(codes(json)).containsExactly("MISSING_ECTS");
  }

  @ParameterizedTest
  @CsvSource({"5, true", "8, true", "4, false", "1, false"})
  void evaluate_eqfBoundaries(int level, boolean accepted) {
    ObjectNode json = micro(m -> m.put("eqfLevel", "http://data.europa.eu/snb/eqf/" + level));
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("alignment");

    assertThat(codes(json)).isEqualTo(
        accepted ? java.util.List.of() : java.util.List.of("EQF_OUT_OF_RANGE"));
  }

  @Test
  void evaluate_eqfOnlyInAlignment_foundThere() {
    ObjectNode json = micro(m -> m.remove("eqfLevel"));

    CmfVerdict verdict = CmfConformance.evaluate(json, CmfPolicy.EU_CMF);

    assertThat(verdict.conformant()).isTrue();
    assertThat(verdict.facts().eqfLevel()).contains(6);
  }

  @Test
  void evaluate_noEqfAnywhere_missingEqfLevel() {
    ObjectNode json = micro(m -> m.put("eqfLevel", "level six"));
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("alignment");

    assertThat(codes(json)).containsExactly("MISSING_EQF_LEVEL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://data.europa.eu/snb/eqf/6\n", "https://evil.example/eqf/6",
      " 6", "level six", "http://data.europa.eu/snb/eqf/5"})
  void evaluate_eqfUnreadableOrDisagreeingWithAlignment_noLevelFlaggedUnreadable(String level) {
    ObjectNode json = micro(m -> m.put("eqfLevel", level));

    CmfVerdict verdict = CmfConformance.evaluate(json, CmfPolicy.EU_CMF);

    assertThat(verdict.facts().eqfLevel()).isEmpty();
    assertThat(verdict.facts().eqfLevelUnreadable()).isTrue();
    assertThat(verdict.reasonCodes()).containsExactly("MISSING_EQF_LEVEL");
  }

  @Test
  void evaluate_eqfAlignmentWithForeignUrl_unreadable_otherAlignmentsIgnored() {
    ObjectNode json = micro(m -> m.remove("eqfLevel"));
    ObjectNode achievement = (ObjectNode) json.at("/credentialSubject/achievement");
    ((ObjectNode) achievement.get("alignment").get(0))
        .put("targetUrl", "https://evil.example/eqf/6");
    assertThat(CmfConformance.evaluate(json, CmfPolicy.EU_CMF).facts().eqfLevelUnreadable())
        .isTrue();

    achievement.putArray("alignment").addObject().put("targetName", "ESCO skill")
        .put("targetUrl", "http://data.europa.eu/esco/skill/1").put("targetFramework", "ESCO");
    CmfFacts facts = CmfConformance.evaluate(json, CmfPolicy.EU_CMF).facts();
    assertThat(facts.eqfLevel()).isEmpty();
    assertThat(facts.eqfLevelUnreadable()).isFalse();
  }

  @Test
  void evaluate_formativeAssessment_notSummative() {
    assertThat(codes(micro(m -> ((ObjectNode) m.get("assessment")).put("summative", false))))
        .containsExactly("NOT_SUMMATIVE");
  }

  @Test
  void evaluate_formativeAssessmentPolicyNotRequiringSummative_accepted() {
    CmfPolicy lenient = new CmfPolicy(100, 150, 4, 6, 5, 8, false, true);
    ObjectNode json = micro(m -> ((ObjectNode) m.get("assessment")).put("summative", false));

    assertThat(CmfConformance.evaluate(json, lenient).conformant()).isTrue();
  }

  @Test
  void evaluate_noAssessment_missingAssessment() {
    assertThat(codes(micro(m -> m.remove("assessment")))).containsExactly("MISSING_ASSESSMENT");
  }

  @Test
  void evaluate_identityVerificationNone_identityNotVerified() {
    assertThat(codes(micro(m -> m.put("identityVerification", "none"))))
        .containsExactly("IDENTITY_NOT_VERIFIED");
  }

  @Test
  void evaluate_identityVerificationUnknownValue_missingIdentityVerification() {
    assertThat(codes(micro(m -> m.put("identityVerification", "trust-me"))))
        .containsExactly("MISSING_IDENTITY_VERIFICATION");
  }

  @Test
  void evaluate_noIdentityVerificationPolicyNotRequiring_accepted() {
    CmfPolicy lenient = new CmfPolicy(100, 150, 4, 6, 5, 8, true, false);

    assertThat(CmfConformance.evaluate(micro(m -> m.put("identityVerification", "none")), lenient)
        .conformant()).isTrue();
  }

  @Test
  void evaluate_noParticipationForm_missingParticipationForm() {
    assertThat(codes(micro(m -> m.remove("participationForm"))))
        .containsExactly("MISSING_PARTICIPATION_FORM");
  }

  @Test
  void evaluate_unknownQaType_missingQualityAssurance() {
    assertThat(codes(micro(m -> ((ObjectNode) m.get("qualityAssurance")).put("qaType", "peer"))))
        .containsExactly("MISSING_QUALITY_ASSURANCE");
  }

  @Test
  void evaluate_learningOutcomesWithoutTitles_missingLearningOutcomes() {
    ObjectNode json = micro(m -> {
      ArrayNode outcomes = m.putArray("learningOutcomes");
      outcomes.addObject().put("title", " ");
      outcomes.add("not an object");
    });

    assertThat(codes(json)).containsExactly("MISSING_LEARNING_OUTCOMES");
  }

  @Test
  void evaluate_noTitles_missingTitle() {
    ObjectNode json = sample();
    json.remove("name");
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("name");

    assertThat(codes(json)).containsExactly("MISSING_TITLE");
  }

  @Test
  void evaluate_issuerOnlyUri_missingAwardingBodyAndCountry() {
    ObjectNode json = sample();
    json.put("issuer", "did:web:uni.example.org");
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("creator");

    assertThat(codes(json)).containsExactly("MISSING_AWARDING_BODY", "MISSING_ISSUER_COUNTRY");
  }

  @Test
  void evaluate_countryNameOnly_usedAsCountry() {
    ObjectNode json = sample();
    ((ObjectNode) json.at("/issuer/address")).remove("addressCountryCode");
    ((ObjectNode) json.at("/issuer/address")).put("addressCountry", "Portugal");

    assertThat(CmfConformance.evaluate(json, CmfPolicy.EU_CMF).facts().issuerCountry())
        .contains("Portugal");
  }

  @Test
  void evaluate_noCmfExtension_everyExtensionElementMissing() {
    ObjectNode json = sample();
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("microCredential");

    CmfVerdict verdict = CmfConformance.evaluate(json, CmfPolicy.EU_CMF);

    assertThat(verdict.conformant()).isFalse();
    // ECTS and EQF still come from the native OB fields.
    assertThat(verdict.reasonCodes()).containsExactly("MISSING_LEARNING_OUTCOMES",
        "MISSING_WORKLOAD", "MISSING_ASSESSMENT", "MISSING_IDENTITY_VERIFICATION",
        "MISSING_PARTICIPATION_FORM", "MISSING_QUALITY_ASSURANCE");
    assertThat(verdict.reasons()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
  }

  @Test
  void evaluate_notAnObject_malformedCredential() {
    CmfVerdict verdict = CmfConformance.evaluate(Json.mapper().createArrayNode(),
        CmfPolicy.EU_CMF);

    assertThat(verdict.reasonCodes()).containsExactly("MALFORMED_CREDENTIAL");
    assertThat(verdict.facts().title()).isEmpty();
  }

  @Test
  void evaluate_outOfRange_messageNamesValueAndRange() {
    CmfVerdict verdict = CmfConformance.evaluate(micro(m -> m.put("volumeOfLearning", "PT160H")),
        CmfPolicy.EU_CMF);

    assertThat(verdict.reasons().get(0).message()).isEqualTo("workload 160 h is outside 100-150 h");
  }

  private static ObjectNode sample() {
    return CredentialJson.toJson(SampleCredentials.conformant());
  }

  private static ObjectNode micro(Consumer<ObjectNode> change) {
    ObjectNode json = sample();
    change.accept((ObjectNode) json.at("/credentialSubject/achievement/microCredential"));
    return json;
  }

  private static java.util.List<String> codes(ObjectNode credential) {
    return CmfConformance.evaluate(credential, CmfPolicy.EU_CMF).reasonCodes();
  }
}
