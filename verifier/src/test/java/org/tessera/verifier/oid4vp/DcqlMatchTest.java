package org.tessera.verifier.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class DcqlMatchTest {

  private final DcqlQueries queries = DcqlQueries.bundled();

  private static JsonNode credential(String achievementType, String... types) {
    ObjectNode credential = Json.object();
    credential.putArray("type").addAll(List.of(types).stream()
        .map(t -> Json.mapper().getNodeFactory().textNode(t)).toList());
    ObjectNode achievement = credential.putObject("credentialSubject").putObject("achievement")
        .put("name", "Accessible Web Interfaces");
    if (achievementType != null) {
      achievement.put("achievementType", achievementType);
    }
    return credential;
  }

  private static final JsonNode MICRO =
      credential("MicroCredential", "VerifiableCredential", "OpenBadgeCredential");

  private DcqlQuery query(String name) {
    return queries.named(name).orElseThrow();
  }

  @Test
  void bundledQueries_offeredInFileOrder() {
    assertThat(queries.names()).containsExactly("micro-credentials", "one-micro-credential",
        "micro-credentials-and-diploma", "eu-learning-credential");
    assertThat(queries.named("everything")).isEmpty();
  }

  @Test
  void multiple_severalMatchingCredentials_satisfied() {
    assertThat(DcqlMatch.check(query("micro-credentials"),
        Map.of("micro_credentials", List.of(MICRO, MICRO)))).isEmpty();
  }

  @Test
  void achievementCredentialAlias_matchesTheOpenBadgeIri() {
    assertThat(DcqlMatch.check(query("micro-credentials"), Map.of("micro_credentials",
        List.of(credential(null, "VerifiableCredential", "AchievementCredential"))))).isEmpty();
  }

  @Test
  void optionalClaimByClaimSets_missingAchievementTypeStillSatisfied() {
    assertThat(DcqlMatch.check(query("micro-credentials"), Map.of("micro_credentials",
        List.of(credential(null, "VerifiableCredential", "OpenBadgeCredential"))))).isEmpty();
  }

  @Test
  void otherType_notSatisfied() {
    assertThat(DcqlMatch.check(query("micro-credentials"), Map.of("micro_credentials",
        List.of(credential("MicroCredential", "VerifiableCredential", "Diploma")))))
        .hasValueSatisfying(m -> assertThat(m).contains("not of a type"));
  }

  @Test
  void singleQuery_twoCredentials_notSatisfied() {
    assertThat(DcqlMatch.check(query("one-micro-credential"),
        Map.of("micro_credential", List.of(MICRO, MICRO)))).isPresent();
  }

  @Test
  void valuesMatchedExactly() {
    assertThat(DcqlMatch.check(query("one-micro-credential"), Map.of("micro_credential",
        List.of(credential("Badge", "VerifiableCredential", "OpenBadgeCredential")))))
        .hasValueSatisfying(m -> assertThat(m).contains("claim"));
  }

  @Test
  void requiredSetMissing_optionalSetMayBeMissing() {
    DcqlQuery query = query("micro-credentials-and-diploma");
    assertThat(DcqlMatch.check(query, Map.of("micro_credentials", List.of(MICRO)))).isEmpty();
    JsonNode diploma = credential("Diploma", "VerifiableCredential", "OpenBadgeCredential");
    assertThat(DcqlMatch.check(query, Map.of("diploma", List.of(diploma))))
        .hasValueSatisfying(m -> assertThat(m).contains("required credential set"));
  }

  @Test
  void idNotAskedFor_notSatisfied() {
    assertThat(DcqlMatch.check(query("micro-credentials"),
        Map.of("micro_credentials", List.of(MICRO), "extra", List.of(MICRO)))).isPresent();
  }

  /** Verified SD-JWT VC claims: title, ECTS, EQF disclosed. */
  private static JsonNode sdJwt(String iss, String vct) {
    return Json.object().put("iss", iss).put("vct", vct)
        .put("achievement_title", "Data Stewardship for Researchers").put("ects_credits", 5)
        .put("eqf_level", 6);
  }

  @Test
  void sdJwt_tesseraTypeUnderItsIssuer_extendsTheLearningCredential() {
    assertThat(DcqlMatch.check(query("eu-learning-credential"), Map.of("learning_credential",
        List.of(sdJwt("https://uni.example", "https://uni.example/vct/micro-credential/v1")))))
        .isEmpty();
    assertThat(DcqlMatch.check(query("eu-learning-credential"), Map.of("learning_credential",
        List.of(sdJwt("https://uni.example", SdJwtTypes.EUDI_LEARNING_CREDENTIAL))))).isEmpty();
  }

  @Test
  void sdJwt_otherTypeOrTypeUnderAnotherIssuer_notSatisfied() {
    for (JsonNode claims : List.of(
        sdJwt("https://uni.example", "https://uni.example/vct/diploma/v1"),
        sdJwt("https://uni.example", "https://other.example/vct/micro-credential/v1"),
        sdJwt("http://uni.example", "http://uni.example/vct/micro-credential/v1"))) {
      assertThat(DcqlMatch.check(query("eu-learning-credential"),
          Map.of("learning_credential", List.of(claims))))
          .as(claims.toString()).hasValueSatisfying(m -> assertThat(m).contains("not of a type"));
    }
  }

  @Test
  void sdJwt_requestedClaimNotDisclosed_notSatisfied() {
    ObjectNode claims = (ObjectNode) sdJwt("https://uni.example",
        "https://uni.example/vct/micro-credential/v1");
    claims.remove("eqf_level");
    assertThat(DcqlMatch.check(query("eu-learning-credential"),
        Map.of("learning_credential", List.of(claims))))
        .hasValueSatisfying(m -> assertThat(m).contains("requested claim"));
  }
}
