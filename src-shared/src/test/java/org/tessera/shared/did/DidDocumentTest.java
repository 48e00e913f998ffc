package org.tessera.shared.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwkJson;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;

class DidDocumentTest {

  private static final String DID = "did:web:uni.example";
  private static final JWK EC = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");
  private static final JWK ED = JwkGenerator.generate(JwsAlgorithm.EdDSA, "key-2");

  private static DidDocument document() {
    return DidDocument.forKeys(DID, List.of(EC.toPublicJWK(), ED.toPublicJWK()));
  }

  @Test
  void revoked_roundTrips_andUnreadableRevokedMakesMethodUnusable() {
    java.time.Instant since = java.time.Instant.parse("2026-05-01T00:00:00Z");
    DidDocument doc = DidDocument.forKeys(DID, List.of(EC.toPublicJWK(), ED.toPublicJWK()),
        java.util.Map.of("key-1", since));
    ObjectNode json = doc.toJson();
    assertThat(json.get("verificationMethod").get(0).get("revoked").asText())
        .isEqualTo("2026-05-01T00:00:00Z");
    assertThat(json.get("verificationMethod").get(1).has("revoked")).isFalse();

    DidDocument read = DidDocument.fromJson(json).orElseThrow();
    assertThat(read.assertionMethodFor(DID + "#key-1").orElseThrow().revoked()).contains(since);
    assertThat(read.assertionMethodFor("#key-2").orElseThrow().revoked()).isEmpty();

    ((ObjectNode) json.get("verificationMethod").get(0)).put("revoked", "last tuesday");
    DidDocument garbled = DidDocument.fromJson(json).orElseThrow();
    assertThat(garbled.assertionKey(DID + "#key-1")).isEmpty();
    assertThat(garbled.assertionKey(DID + "#key-2")).isPresent();
  }

  @Test
  void forKeys_keys_methodPerKidInBothRelationships() {
    DidDocument doc = document();
    assertThat(doc.verificationMethod()).extracting(VerificationMethod::id)
        .containsExactly(DID + "#key-1", DID + "#key-2");
    assertThat(doc.verificationMethod()).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo("JsonWebKey2020");
      assertThat(m.controller()).isEqualTo(DID);
    });
    assertThat(doc.assertionMethod()).containsExactly(DID + "#key-1", DID + "#key-2");
    assertThat(doc.authentication()).containsExactly(DID + "#key-1", DID + "#key-2");
  }

  @Test
  void forKeys_privateKeyOrMissingKid_rejected() {
    assertThatThrownBy(() -> DidDocument.forKeys(DID, List.of(EC))).isInstanceOf(IllegalArgumentException.class);
    JWK noKid = JwkJson.parsePublic(withoutKid(EC.toPublicJWK())).orElseThrow();
    assertThatThrownBy(() -> DidDocument.forKeys(DID, List.of(noKid))).isInstanceOf(IllegalArgumentException.class);
  }

  private static ObjectNode withoutKid(JWK key) {
    ObjectNode json = JwkJson.toJson(key);
    json.remove("kid");
    return json;
  }

  @Test
  void key_absoluteOrRelativeKid_publicKey() {
    DidDocument doc = document();
    assertThat(doc.key(DID + "#key-1")).contains(EC.toPublicJWK());
    assertThat(doc.key("#key-2")).contains(ED.toPublicJWK());
    assertThat(doc.key(DID + "#key-3")).isEmpty();
    assertThat(doc.key("did:web:other.example#key-1")).isEmpty();
    assertThat(doc.key("key-1")).isEmpty();
    assertThat(doc.key(null)).isEmpty();
  }

  @Test
  void toJson_document_contextsAndMembers() {
    ObjectNode json = document().toJson();
    assertThat(json.get("@context")).containsExactly(
        Json.mapper().getNodeFactory().textNode("https://www.w3.org/ns/did/v1"),
        Json.mapper().getNodeFactory().textNode("https://w3id.org/security/suites/jws-2020/v1"));
    assertThat(json.get("id").asText()).isEqualTo(DID);
    assertThat(json.at("/verificationMethod/0/publicKeyJwk/kty").asText()).isEqualTo("EC");
    assertThat(json.at("/verificationMethod/0/publicKeyJwk").has("d")).isFalse();
    assertThat(json.at("/assertionMethod/1").asText()).isEqualTo(DID + "#key-2");
  }

  @Test
  void fromJson_ownOutput_equalDocument() {
    DidDocument doc = document();
    assertThat(DidDocument.fromJson(doc.toJson())).contains(doc);
  }

  @Test
  void fromJson_relativeIdsEmbeddedMethodsAndOtherTypes_normalised() {
    ObjectNode json = document().toJson();
    ArrayNode methods = (ArrayNode) json.get("verificationMethod");
    ((ObjectNode) methods.get(0)).put("id", "#key-1");
    methods.addObject().put("id", DID + "#mk").put("type", "Multikey").put("controller", DID)
        .put("publicKeyMultibase", "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    JWK third = JwkGenerator.generate(JwsAlgorithm.ES256, "key-3").toPublicJWK();
    ArrayNode assertion = json.putArray("assertionMethod");
    assertion.add("#key-1").add(DID + "#mk").add("did:web:elsewhere.example#k");
    assertion.addObject().put("id", "#key-3").put("type", "JsonWebKey").put("controller", DID)
        .set("publicKeyJwk", JwkJson.toJson(third));

    DidDocument doc = DidDocument.fromJson(json).orElseThrow();
    assertThat(doc.verificationMethod()).extracting(VerificationMethod::id)
        .containsExactly(DID + "#key-1", DID + "#key-2", DID + "#key-3");
    assertThat(doc.assertionMethod()).containsExactly(DID + "#key-1", DID + "#key-3");
    assertThat(doc.assertionKey("#key-3")).contains(third);
    assertThat(doc.assertionKey("#key-2")).isEmpty();
    assertThat(doc.key("#key-2")).contains(ED.toPublicJWK());
  }

  @Test
  void fromJson_privateKeyPublished_empty() {
    ObjectNode json = document().toJson();
    ((ObjectNode) json.at("/verificationMethod/0")).set("publicKeyJwk", JwkJson.toJson(EC));
    assertThat(DidDocument.fromJson(json)).isEmpty();
  }

  @Test
  void fromJson_malformed_empty() {
    assertThat(DidDocument.fromJson(null)).isEmpty();
    assertThat(DidDocument.fromJson(Json.parseUntrusted("[]").orElseThrow())).isEmpty();
    assertThat(DidDocument.fromJson(Json.parseUntrusted("{\"id\":\"https://a\"}").orElseThrow())).isEmpty();
    JsonNode notArray = Json.parseUntrusted("{\"id\":\"did:web:a\",\"verificationMethod\":{}}").orElseThrow();
    assertThat(DidDocument.fromJson(notArray)).isEmpty();
  }

  @Test
  void fromJson_twoDifferentMethodsWithOneId_empty() {
    ObjectNode json = document().toJson();
    ((ObjectNode) json.at("/verificationMethod/1")).put("id", DID + "#key-1");
    assertThat(DidDocument.fromJson(json)).isEmpty();
  }

  @Test
  void constructor_relationshipToUnknownMethod_rejected() {
    assertThatThrownBy(() -> new DidDocument(DID, List.of(), List.of(DID + "#x"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
