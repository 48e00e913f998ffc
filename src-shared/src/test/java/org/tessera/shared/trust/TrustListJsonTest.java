package org.tessera.shared.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class TrustListJsonTest {

  private static ObjectNode example() throws IOException {
    try (InputStream in = TrustListJsonTest.class.getResourceAsStream("/trust/example-trust-list.json")) {
      return Json.parseUntrustedObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .orElseThrow();
    }
  }

  @Test
  void fromJson_documentedExample_read() throws IOException {
    TrustList list = TrustListJson.fromJson(example());

    assertThat(list.id()).contains("https://trust.example.org/cmf");
    assertThat(list.sequenceNumber()).isEqualTo(7);
    assertThat(list.issuedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(list.nextUpdate()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(list.operatorName()).isEqualTo("Example CMF Consortium");
    TrustedIssuer uni = list.issuer("did:web:uni.example.edu").orElseThrow();
    assertThat(uni.country()).isEqualTo("NL");
    assertThat(uni.statusAt(Instant.parse("2025-06-15T00:00:00Z"))).contains(TrustStatus.SUSPENDED);
    assertThat(uni.pinnedKeys()).singleElement()
        .satisfies(key -> assertThat(key.getKeyID()).isEqualTo("did:web:uni.example.edu#key-1"));
    assertThat(uni.scope().frameworks()).containsExactly("EU-CMF");
    assertThat(uni.scope().minEqfLevel()).isEqualTo(5);
    assertThat(uni.scope().validUntil()).contains(Instant.parse("2028-12-31T23:59:59Z"));
    TrustedIssuer mooc = list.issuer("did:web:mooc.example.com").orElseThrow();
    assertThat(mooc.pinnedKeys()).isEmpty();
    assertThat(mooc.scope().validUntil()).isEmpty();
    assertThat(mooc.statusAt(Instant.parse("2026-01-01T00:00:00Z"))).contains(TrustStatus.WITHDRAWN);
  }

  @Test
  void docsExample_sameAsTestResource() throws IOException {
    String doc = Files.readString(Path.of("../docs/trust-lists.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String block = doc.substring(start, doc.indexOf("```", start));

    assertThat(Json.parseUntrustedObject(block)).contains(example());
  }

  @Test
  void toJson_readBack_equalRecord() throws IOException {
    TrustList list = TrustListJson.fromJson(example());

    ObjectNode json = TrustListJson.toJson(list);

    assertThat(TrustListJson.fromJson(json)).isEqualTo(list);
    assertThat(Json.mapper().readTree(Json.write(json))).isEqualTo(example());
  }

  @Test
  void fromJson_missingOrMalformedField_namesIt() {
    assertMalformed(json -> json.remove("operator_name"), "operator_name");
    assertMalformed(json -> json.put("sequence_number", -1), "sequence_number");
    assertMalformed(json -> json.put("sequence_number", "7"), "sequence_number");
    assertMalformed(json -> json.put("exp", 1.5), "exp");
    assertMalformed(json -> json.put("exp", Long.MAX_VALUE), "exp");
    assertMalformed(json -> issuer(json).put("country", 528), "country");
    assertMalformed(json -> issuer(json).remove("accreditation"), "accreditation");
    assertMalformed(json -> ((ObjectNode) issuer(json).get("status_history").get(0))
        .put("status_starting_time", "2025-01-01"), "status_starting_time");
    assertMalformed(json -> ((ObjectNode) issuer(json).get("status_history").get(0))
        .put("status", "accredited"), "status");
  }

  @Test
  void fromJson_privatePinnedKey_rejected() {
    assertMalformed(json -> ((ObjectNode) issuer(json).get("jwks").get("keys").get(0))
        .put("d", "AICOYL-Ep1H5T3MkfbY8k7habDk9K-sRSu6gGowOQhE"), "key");
  }

  private static ObjectNode issuer(ObjectNode json) {
    return (ObjectNode) json.get("issuers").get(0);
  }

  private static void assertMalformed(Consumer<ObjectNode> change, String messagePart) {
    ObjectNode json;
    try {
      json = example();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    change.accept(json);
    assertThatThrownBy(() -> TrustListJson.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(messagePart);
  }
}
