package org.tessera.shared.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class StatusListCredentialsTest {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final String LIST_URL = "https://uni.example/status/1";

  private static StatusListCredentialView view() {
    return new StatusListCredentialView(LIST_URL, "did:web:uni.example", StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(5, true).encode(), Optional.of(300_000L), FROM,
        Optional.of(FROM.plusSeconds(86_400)));
  }

  @Test
  void toJson_view_vc2StatusListShape() {
    ObjectNode json = StatusListCredentials.toJson(view());

    assertThat(json.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(json.get("type").toString())
        .isEqualTo("[\"VerifiableCredential\",\"BitstringStatusListCredential\"]");
    assertThat(json.get("id").asText()).isEqualTo(LIST_URL);
    assertThat(json.get("issuer").asText()).isEqualTo("did:web:uni.example");
    assertThat(json.get("validFrom").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(json.get("validUntil").asText()).isEqualTo("2026-01-02T00:00:00Z");
    ObjectNode subject = (ObjectNode) json.get("credentialSubject");
    assertThat(subject.get("id").asText()).isEqualTo(LIST_URL + "#list");
    assertThat(subject.get("type").asText()).isEqualTo("BitstringStatusList");
    assertThat(subject.get("statusPurpose").asText()).isEqualTo("revocation");
    assertThat(subject.get("ttl").asLong()).isEqualTo(300_000L);
    assertThat(BitstringStatusList.decode(subject.get("encodedList").asText(), 16_384).get(5))
        .isTrue();
  }

  @Test
  void fromJson_builtCredential_roundTrips() {
    assertThat(StatusListCredentials.fromJson(StatusListCredentials.toJson(view())))
        .contains(view());
  }

  @Test
  void fromJson_specExample3_read() {
    String example = """
        {"@context": ["https://www.w3.org/ns/credentials/v2"],
         "id": "https://example.com/credentials/status/3",
         "type": ["VerifiableCredential", "BitstringStatusListCredential"],
         "issuer": "did:example:12345",
         "validFrom": "2021-04-05T14:27:40Z",
         "credentialSubject": {
           "id": "https://example.com/status/3#list",
           "type": "BitstringStatusList",
           "statusPurpose": "revocation",
           "encodedList": "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"}}
        """;

    StatusListCredentialView read =
        StatusListCredentials.fromJson(Json.parseUntrustedObject(example).orElseThrow())
            .orElseThrow();

    assertThat(read.issuer()).isEqualTo("did:example:12345");
    assertThat(read.purpose()).isEqualTo(StatusPurpose.REVOCATION);
    assertThat(read.validFrom()).isEqualTo(Instant.parse("2021-04-05T14:27:40Z"));
    assertThat(read.ttlMillis()).isEmpty();
    assertThat(read.validUntil()).isEmpty();
  }

  @Test
  void fromJson_issuerObjectAndOffsetTime_read() {
    ObjectNode json = StatusListCredentials.toJson(view());
    json.putObject("issuer").put("id", "did:web:other.example");
    json.put("validFrom", "2026-01-01T01:00:00+01:00");

    StatusListCredentialView read = StatusListCredentials.fromJson(json).orElseThrow();

    assertThat(read.issuer()).isEqualTo("did:web:other.example");
    assertThat(read.validFrom()).isEqualTo(FROM);
  }

  @Test
  void fromJson_vcdm11ListWithStatusContext_readWithIssuanceAndExpirationDate() {
    ObjectNode json = vcdm11(StatusListCredentials.toJson(view()));
    json.put("expirationDate", "2027-01-01T00:00:00Z");

    assertThat(StatusListCredentials.fromJson(json)).hasValueSatisfying(read -> {
      assertThat(read.validFrom()).isEqualTo(view().validFrom());
      assertThat(read.validUntil()).contains(Instant.parse("2027-01-01T00:00:00Z"));
      assertThat(read.encodedList()).isEqualTo(view().encodedList());
    });
  }

  @Test
  void fromJson_vcdm11ListWithoutStatusContextOrWithValidFromOnly_empty() {
    ObjectNode withoutContext = vcdm11(StatusListCredentials.toJson(view()));
    withoutContext.putArray("@context").add(StatusListCredentials.VC_V1_CONTEXT);
    ObjectNode validFromOnly = vcdm11(StatusListCredentials.toJson(view()));
    validFromOnly.set("validFrom", validFromOnly.remove("issuanceDate"));

    assertThat(StatusListCredentials.fromJson(withoutContext)).isEmpty();
    assertThat(StatusListCredentials.fromJson(validFromOnly)).isEmpty();
  }

  /** The same list as a VC 1.1 credential: v1 + status contexts, issuanceDate. */
  private static ObjectNode vcdm11(ObjectNode json) {
    json.putArray("@context").add(StatusListCredentials.VC_V1_CONTEXT)
        .add(StatusListCredentials.STATUS_CONTEXT);
    json.set("issuanceDate", json.remove("validFrom"));
    return json;
  }

  @Test
  void fromJson_unsupportedPurpose_empty() {
    ObjectNode json = StatusListCredentials.toJson(view());
    ((ObjectNode) json.get("credentialSubject")).put("statusPurpose", "message");

    assertThat(StatusListCredentials.fromJson(json)).isEmpty();
  }

  @Test
  void fromJson_malformedFields_empty() {
    assertThat(StatusListCredentials.fromJson(mutated(j -> j.remove("id")))).isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> j.put("validFrom", "yesterday"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> j.put("validUntil", "2020-01-01T00:00:00Z"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> j.putArray("type").add("VerifiableCredential"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> j.putArray("@context").add("https://www.w3.org/2018/credentials/v1"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> subject(j).put("ttl", -1)))).isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> subject(j).put("ttl", 1.5)))).isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> subject(j).put("encodedList", "zABC"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> subject(j).put("type", "StatusList2021"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(mutated(j -> j.remove("credentialSubject"))))
        .isEmpty();
    assertThat(StatusListCredentials.fromJson(Json.mapper().getNodeFactory().arrayNode()))
        .isEmpty();
  }

  @Test
  void view_validUntilNotAfterValidFrom_throws() {
    assertThatThrownBy(() -> new StatusListCredentialView(LIST_URL, "did:web:uni.example",
        StatusPurpose.SUSPENSION, "uAAAA", Optional.empty(), FROM, Optional.of(FROM)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusPurpose_fromValue_onlySupportedValues() {
    assertThat(StatusPurpose.fromValue("revocation")).contains(StatusPurpose.REVOCATION);
    assertThat(StatusPurpose.fromValue("suspension")).contains(StatusPurpose.SUSPENSION);
    assertThat(StatusPurpose.fromValue("refresh")).isEmpty();
    assertThat(StatusPurpose.fromValue("message")).isEmpty();
    assertThat(StatusPurpose.fromValue("Revocation")).isEmpty();
    assertThat(StatusPurpose.fromValue(null)).isEmpty();
    assertThat(StatusPurpose.SUSPENSION.value()).isEqualTo("suspension");
  }

  private static ObjectNode subject(ObjectNode credential) {
    return (ObjectNode) credential.get("credentialSubject");
  }

  private static ObjectNode mutated(Consumer<ObjectNode> change) {
    ObjectNode json = StatusListCredentials.toJson(view());
    change.accept(json);
    return json;
  }
}
