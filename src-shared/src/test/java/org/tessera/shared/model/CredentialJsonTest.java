package org.tessera.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class CredentialJsonTest {

  @Test
  void toJson_sample_equalsGoldenFile() throws IOException {
    JsonNode golden = resource("/model/golden-credential.json");

    assertThat(CredentialJson.toJson(SampleCredentials.conformant())).isEqualTo(golden);
  }

  @Test
  void fromJson_ofToJson_equalsOriginal() {
    AchievementCredential original = SampleCredentials.conformant();

    assertThat(CredentialJson.fromJson(CredentialJson.toJson(original))).isEqualTo(original);
  }

  @Test
  void fromJson_ofSerialisedText_equalsOriginal() {
    AchievementCredential original = SampleCredentials.withStatus(
        List.of(SampleCredentials.revocation(), SampleCredentials.suspension()));
    String text = Json.write(CredentialJson.toJson(original));

    assertThat(CredentialJson.fromJson(Json.parseUntrusted(text).orElseThrow()))
        .isEqualTo(original);
  }

  @Test
  void toJson_oneStatusEntry_singleObject() {
    JsonNode json = CredentialJson.toJson(SampleCredentials.conformant());

    assertThat(json.get("credentialStatus").isObject()).isTrue();
    assertThat(json.at("/credentialStatus/statusPurpose").asText()).isEqualTo("revocation");
    assertThat(json.at("/credentialStatus/statusListIndex").isTextual()).isTrue();
  }

  @Test
  void toJson_twoStatusEntries_array() {
    JsonNode json = CredentialJson.toJson(SampleCredentials.withStatus(
        List.of(SampleCredentials.revocation(), SampleCredentials.suspension())));

    assertThat(json.get("credentialStatus").isArray()).isTrue();
    assertThat(json.get("credentialStatus")).hasSize(2);
    assertThat(json.at("/credentialStatus/1/statusPurpose").asText()).isEqualTo("suspension");
  }

  @Test
  void toJson_noStatus_fieldOmitted() {
    JsonNode json = CredentialJson.toJson(SampleCredentials.withStatus(List.of()));

    assertThat(json.has("credentialStatus")).isFalse();
  }

  @Test
  void toJson_minimalCredential_noNullsAndNoEmptyOptionals() {
    AchievementCredential minimal = minimal();
    JsonNode json = CredentialJson.toJson(minimal);

    assertThat(nulls(json)).isEmpty();
    assertThat(json.has("validUntil")).isFalse();
    assertThat(json.has("description")).isFalse();
    assertThat(json.has("evidence")).isFalse();
    assertThat(json.at("/credentialSubject/achievement").has("microCredential")).isFalse();
    assertThat(json.at("/credentialSubject").has("identifier")).isFalse();
    assertThat(CredentialJson.fromJson(json)).isEqualTo(minimal);
  }

  @Test
  void toJson_subSecondDates_writtenWithSecondsAndZ() {
    AchievementCredential sample = SampleCredentials.conformant();
    AchievementCredential precise = new AchievementCredential(sample.contexts(), sample.id(),
        sample.type(), sample.name(), sample.description(), sample.issuer(),
        Instant.parse("2025-03-01T00:00:00.987654Z"), Optional.empty(),
        sample.credentialSubject(), sample.credentialStatus(), sample.credentialSchema(),
        sample.evidence(), sample.image());

    assertThat(CredentialJson.toJson(precise).get("validFrom").asText())
        .isEqualTo("2025-03-01T00:00:00Z");
  }

  @Test
  void fromJson_withoutCmfExtension_microCredentialEmpty() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("microCredential");

    AchievementCredential read = CredentialJson.fromJson(json);

    assertThat(read.credentialSubject().achievement().microCredential()).isEmpty();
  }

  @Test
  void fromJson_singleStringTypesAndOffsetDates_accepted() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.get("issuer")).put("type", "Profile");
    ((ObjectNode) json.get("credentialSubject")).put("type", "AchievementSubject");
    json.put("validFrom", "2025-03-01T11:00:00+01:00");

    AchievementCredential read = CredentialJson.fromJson(json);

    assertThat(read.issuer().type()).containsExactly("Profile");
    assertThat(read.validFrom()).isEqualTo(SampleCredentials.VALID_FROM);
  }

  @Test
  void fromJson_obSpecificationExample_read() throws IOException {
    ObjectNode example = (ObjectNode) resource("/model/ob-full-example.json");
    // Its credentialStatus is a 1EdTechRevocationList, which Tessera cannot check.
    example.remove("credentialStatus");

    AchievementCredential read = CredentialJson.fromJson(example);

    assertThat(read.issuer().address().orElseThrow().addressCountryCode()).isEqualTo("US");
    assertThat(read.credentialSubject().achievement().achievementType()).isEqualTo("Degree");
    assertThat(read.credentialSubject().achievement().creditsAvailable()).contains(36.0);
    assertThat(read.credentialSubject().result()).hasSize(3);
    assertThat(read.credentialSubject().achievement().microCredential()).isEmpty();
  }

  @Test
  void fromJson_unknownStatusType_rejectedWithPath() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.get("credentialStatus")).put("type", "1EdTechRevocationList");

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("credentialStatus.type:");
  }

  @Test
  void fromJson_missingAchievementName_messageNamesPath() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.at("/credentialSubject/achievement")).remove("name");

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentialSubject.achievement.name: is required");
  }

  @Test
  void fromJson_hashedNotBoolean_messageNamesArrayIndex() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.at("/credentialSubject/identifier/1")).put("hashed", "yes");

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .hasMessage("credentialSubject.identifier[1].hashed: must be a boolean");
  }

  @Test
  void fromJson_badEqfLevel_messageNamesPathWithoutValue() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.at("/credentialSubject/achievement/microCredential"))
        .put("eqfLevel", "http://data.europa.eu/snb/eqf/9<script>");

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .hasMessageStartingWith("credentialSubject.achievement.microCredential.eqfLevel:")
        .hasMessageNotContaining("<script>");
  }

  @Test
  void fromJson_recordValidationFailure_prefixedWithPath() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.at("/issuer/address")).put("addressCountryCode", "pt");

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .hasMessageStartingWith("issuer.address.addressCountryCode:");
  }

  @Test
  void fromJson_validFromWithoutZone_rejected() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    json.put("validFrom", "2025-03-01T10:00:00");

    assertThatThrownBy(() -> CredentialJson.fromJson(json)).hasMessageStartingWith("validFrom:");
  }

  @Test
  void fromJson_volumeNotDuration_rejectedWithPath() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    ((ObjectNode) json.at("/credentialSubject/achievement/microCredential"))
        .put("volumeOfLearning", "125 hours");

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .hasMessageStartingWith("credentialSubject.achievement.microCredential.volumeOfLearning:");
  }

  @Test
  void fromJson_issuerOnlyUri_rejectedWithPath() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());
    json.put("issuer", SampleCredentials.ISSUER_ID);

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .hasMessage("issuer: must be an object");
  }

  @Test
  void fromJson_notAnObject_rejected() {
    assertThatThrownBy(() -> CredentialJson.fromJson(Json.mapper().createArrayNode()))
        .hasMessage("$: must be an object");
  }

  @Test
  void fromJson_threeStatusEntries_rejected() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.withStatus(
        List.of(SampleCredentials.revocation(), SampleCredentials.suspension())));
    ((ArrayNode) json.get("credentialStatus")).add(json.at("/credentialStatus/0").deepCopy());

    assertThatThrownBy(() -> CredentialJson.fromJson(json))
        .hasMessageStartingWith("credentialStatus:");
  }

  private static AchievementCredential minimal() {
    Profile issuer = new Profile("did:web:a.example", "A", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
    Achievement achievement = new Achievement("urn:uuid:1", Achievement.TYPE, "Badge", "Name",
        "Description", Criteria.narrative("Do it."), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty());
    AchievementSubject subject = new AchievementSubject("did:example:learner", achievement,
        List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    return new AchievementCredential(AchievementCredential.TESSERA_CONTEXTS, "urn:uuid:2",
        AchievementCredential.TESSERA_TYPE, "Name", Optional.empty(), issuer,
        SampleCredentials.VALID_FROM, Optional.empty(), subject, List.of(), List.of(), List.of(),
        Optional.empty());
  }

  private static List<String> nulls(JsonNode node) {
    List<String> found = new ArrayList<>();
    node.properties().forEach(e -> {
      if (e.getValue().isNull()) {
        found.add(e.getKey());
      }
      found.addAll(nulls(e.getValue()));
    });
    node.elements().forEachRemaining(e -> found.addAll(nulls(e)));
    return found;
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = CredentialJsonTest.class.getResourceAsStream(name)) {
      return Json.mapper().readTree(in);
    }
  }
}
