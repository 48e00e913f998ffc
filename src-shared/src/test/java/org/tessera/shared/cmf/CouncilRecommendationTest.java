package org.tessera.shared.cmf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.SampleCredentials;

class CouncilRecommendationTest {

  private static CmfVerdict verdict(Consumer<ObjectNode> changeMicroCredential) {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    changeMicroCredential.accept(
        (ObjectNode) json.at("/credentialSubject/achievement/microCredential"));
    return CmfConformance.evaluate(json, CmfPolicy.EU_CMF);
  }

  @Test
  void missingElements_conformantSample_none() {
    assertThat(CouncilRecommendation.missingElements(verdict(m -> { }))).isEmpty();
  }

  @Test
  void missingElements_outOfTheMoocRanges_stillEveryElementPresent() {
    CmfVerdict verdict = verdict(m -> {
      ((ObjectNode) m.get("creditPoint")).put("point", 10);
      m.put("eqfLevel", "http://data.europa.eu/snb/eqf/3");
      m.put("volumeOfLearning", "PT300H");
    });

    assertThat(verdict.conformant()).isFalse();
    assertThat(CouncilRecommendation.missingElements(verdict)).isEmpty();
  }

  @Test
  void missingElements_hoursMissingButEctsStated_workloadPresent() {
    assertThat(CouncilRecommendation.missingElements(verdict(m -> m.remove("volumeOfLearning"))))
        .isEmpty();
  }

  @Test
  void missingElements_noQualityAssurance_missing() {
    assertThat(CouncilRecommendation.missingElements(verdict(m -> m.remove("qualityAssurance"))))
        .containsExactly(CmfReasonCode.MISSING_QUALITY_ASSURANCE);
  }

  @Test
  void missingElements_neitherHoursNorEcts_workloadMissing() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ObjectNode micro = (ObjectNode) json.at("/credentialSubject/achievement/microCredential");
    micro.remove("volumeOfLearning");
    micro.remove("creditPoint");
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("creditsAvailable");

    assertThat(CouncilRecommendation.missingElements(CmfConformance.evaluate(json,
        CmfPolicy.EU_CMF))).containsExactly(CmfReasonCode.MISSING_WORKLOAD);
  }
}
