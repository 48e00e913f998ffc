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
}
