package org.tessera.shared.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;

class DidJwkTest {

  /** The P-256 example of the did:jwk specification (github.com/quartzjer/did-jwk, "Examples"). */
  private static final String SPEC_P256 = "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3p"
      + "FakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9";

  @Test
  void decode_specP256Example_keyAndSameDidWhenEncoded() {
    JWK key = DidJwk.decode(SPEC_P256).orElseThrow();
    assertThat(key).isInstanceOf(ECKey.class);
    ECKey ec = (ECKey) key;
    assertThat(ec.getCurve()).isEqualTo(Curve.P_256);
    assertThat(ec.getX().toString()).isEqualTo("acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0");
    assertThat(ec.getY().toString()).isEqualTo("_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE");
    assertThat(key.getKeyID()).isEqualTo(SPEC_P256 + "#0");
    assertThat(DidJwk.encode(key)).isEqualTo(SPEC_P256);
  }

  @Test
  void encodeThenDecode_generatedKeys_sameKey() throws Exception {
    for (JwsAlgorithm alg : new JwsAlgorithm[] {JwsAlgorithm.ES256, JwsAlgorithm.EdDSA}) {
      JWK key = JwkGenerator.generate(alg, "k").toPublicJWK();
      JWK decoded = DidJwk.decode(DidJwk.encode(key)).orElseThrow();
      assertThat(decoded.computeThumbprint()).isEqualTo(key.computeThumbprint());
    }
  }

  @Test
  void encode_privateKey_rejected() {
    assertThatThrownBy(() -> DidJwk.encode(JwkGenerator.generate(JwsAlgorithm.ES256, "k")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decode_privateKey_empty() {
    String json = JwkGenerator.generate(JwsAlgorithm.EdDSA, "k").toJSONString();
    assertThat(DidJwk.decode("did:jwk:" + b64(json))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "did:jwk:", "did:jwk:!!!", "did:key:eyJ9", "did:jwk:eyJrdHkiOiJFQyJ9", "did:jwk:W10", "did:jwk:e30="
  })
  void decode_malformed_empty(String did) {
    assertThat(DidJwk.decode(did)).isEmpty();
  }

  @Test
  void decode_duplicateMembers_empty() {
    String json = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"kty\":\"EC\",\"x\":\"acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0\","
        + "\"y\":\"_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE\"}";
    assertThat(DidJwk.decode("did:jwk:" + b64(json))).isEmpty();
  }

  @Test
  void decode_tooLong_empty() {
    assertThat(DidJwk.decode("did:jwk:" + "A".repeat(DidJwk.MAX_DID_LENGTH))).isEmpty();
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
