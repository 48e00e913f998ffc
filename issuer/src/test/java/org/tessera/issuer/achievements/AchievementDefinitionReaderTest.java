package org.tessera.issuer.achievements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.result.Outcome;
import org.tessera.shared.json.Json;

class AchievementDefinitionReaderTest {

  private static ObjectNode valid() {
    return Json.parseUntrustedObject("""
        {"name": "N", "description": "D", "criteria": "C", "creditsAvailable": 4.5,
         "eqfLevel": 5, "hours": 110, "learningOutcomes": [{"title": "T"}],
         "assessment": {"methods": ["exam"], "summative": true},
         "participationForm": "online",
         "qualityAssurance": {"qaType": "internal", "description": "Q"},
         "identityVerification": "supervised-online"}
        """).orElseThrow();
  }

  private static List<String> fields(Outcome<AchievementDefinition> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    return ((Outcome.Failed<AchievementDefinition>) outcome).rejection().errors().stream()
        .map(FieldError::field).toList();
  }

  @Test
  void read_minimalDefinition_hasNoSuspensionAndKeepsDecimalCredits() {
    AchievementDefinition definition =
        AchievementDefinitionReader.read(valid()).toOptional().orElseThrow();

    assertThat(definition.suspension()).isFalse();
    assertThat(definition.creditsAvailable()).isEqualByComparingTo("4.5");
    assertThat(definition.learningOutcomes()).hasSize(1);
  }

  @Test
  void read_nonEscoSkillAndBadLanguage_nameNestedFields() {
    ObjectNode body = valid();
    ((ObjectNode) body.get("learningOutcomes").get(0)).putArray("relatedESCOSkill")
        .add("https://example.org/skill/1");
    body.put("inLanguage", "English");
    body.putArray("escoAlignments").addObject().put("targetName", "x");

    assertThat(fields(AchievementDefinitionReader.read(body))).containsExactlyInAnyOrder(
        "learningOutcomes[0].relatedESCOSkill[0]", "inLanguage",
        "escoAlignments[0].targetUrl");
  }

  @Test
  void read_wrongTypes_areReportedPerField() {
    ObjectNode body = valid();
    body.put("hours", "many");
    body.put("creditsAvailable", -1);
    body.put("suspension", "yes");
    body.putArray("learningOutcomes");

    assertThat(fields(AchievementDefinitionReader.read(body))).containsExactlyInAnyOrder(
        "hours", "creditsAvailable", "suspension", "learningOutcomes");
  }

  @Test
  void read_badOutcomeAndAlignmentItems_namesEachItem() {
    ObjectNode body = valid();
    body.putArray("learningOutcomes").add(Json.object().put("title", "T")).add("x")
        .add(Json.object().put("title", "U").put("extra", 1)).add(Json.object());
    body.putArray("escoAlignments").add(5);

    Outcome<AchievementDefinition> outcome = AchievementDefinitionReader.read(body);

    assertThat(((Outcome.Failed<AchievementDefinition>) outcome).rejection().errors())
        .containsExactly(
            new FieldError("learningOutcomes[1]", "must be an object with a title"),
            new FieldError("learningOutcomes[2].extra", "unknown field"),
            new FieldError("learningOutcomes[3].title", "is required"),
            new FieldError("escoAlignments[0]",
                "must be an object with targetName and targetUrl"));
  }
}
