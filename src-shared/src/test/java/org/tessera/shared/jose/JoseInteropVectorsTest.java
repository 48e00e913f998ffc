package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.shared.json.Json;

/** Tokens made by the npm `jose` package (see resources/vectors/jose/README.md). */
class JoseInteropVectorsTest {

  private static ObjectNode vector(String file) throws IOException {
    try (InputStream in = JoseInteropVectorsTest.class.getResourceAsStream("/vectors/jose/" + file)) {
      assertThat(in).as(file).isNotNull();
      return Json.parseUntrustedObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow();
    }
  }

  private static JWK key(ObjectNode vector) {
    return JwkJson.parsePublic(vector.get("publicJwk")).orElseThrow();
  }

  private static String flip(String token, int index) {
    char[] chars = token.toCharArray();
    chars[index] = chars[index] == 'A' ? 'B' : 'A';
    return new String(chars);
  }

  @ParameterizedTest
  @ValueSource(strings = {"es256.json", "eddsa.json"})
  void verify_joseToken_true(String file) throws Exception {
    ObjectNode vector = vector(file);
    JwsAlgorithm alg = JwsAlgorithm.fromHeader(vector.get("alg").asText()).orElseThrow();
    JWSObject jws = JWSObject.parse(vector.get("token").asText());
    assertThat(JwsAlgorithm.forKey(key(vector))).isEqualTo(alg);
    assertThat(JwsVerifiers.verify(jws, key(vector), alg)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"es256.json", "eddsa.json"})
  void verify_joseTokenWithFlippedSignatureOrPayloadByte_false(String file) throws Exception {
    ObjectNode vector = vector(file);
    JwsAlgorithm alg = JwsAlgorithm.fromHeader(vector.get("alg").asText()).orElseThrow();
    String token = vector.get("token").asText();
    int payloadStart = token.indexOf('.') + 1;
    int signatureStart = token.lastIndexOf('.') + 1;
    String badSignature = flip(token, signatureStart + 5);
    String badPayload = flip(token, payloadStart + 10);
    assertThat(JwsVerifiers.verify(JWSObject.parse(badSignature), key(vector), alg)).isFalse();
    assertThat(JwsVerifiers.verify(JWSObject.parse(badPayload), key(vector), alg)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"es256.json", "eddsa.json"})
  void parse_joseToken_ob3ShapeWithKidAndClaims(String file) throws Exception {
    ObjectNode vector = vector(file);
    ParsedCredentialJwt parsed = CredentialJwt.parse(vector.get("token").asText()).orElseThrow();
    assertThat(parsed.shape()).isEqualTo(JwtShape.OB3_JWT);
    assertThat(parsed.kid()).contains(vector.get("kid").asText());
    assertThat(parsed.claims().get("iss").asText()).isEqualTo(parsed.credential().at("/issuer/id").asText());
    assertThat(parsed.credential().has("nbf")).isFalse();
    assertThat(JwsVerifiers.verify(parsed.jwt(), key(vector), JwsAlgorithm.fromHeader(parsed.alg()).orElseThrow()))
        .isTrue();
  }
}
