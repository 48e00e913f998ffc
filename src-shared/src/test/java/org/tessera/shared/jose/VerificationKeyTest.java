package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerificationKeyTest {

  private static JWSObject signed(JwsAlgorithm alg, String payload) throws Exception {
    JWSObject jws = new JWSObject(
        new JWSHeader.Builder(alg.nimbus()).type(JOSEObjectType.JWT).build(), new Payload(payload));
    jws.sign(JwsSigners.forKey(TestKeys.forAlg(alg)));
    return JWSObject.parse(jws.serialize());
  }

  @ParameterizedTest
  @EnumSource(JwsAlgorithm.class)
  void of_eachKeyType_algorithmFromKeyAndPublicPartOnly(JwsAlgorithm alg) {
    VerificationKey key = VerificationKey.of(TestKeys.forAlg(alg)).orElseThrow();
    assertThat(key.algorithm()).isEqualTo(alg);
    assertThat(key.jwk().isPrivate()).isFalse();
    assertThat(key.jwk()).isEqualTo(TestKeys.forAlg(alg).toPublicJWK());
  }

  @ParameterizedTest
  @EnumSource(JwsAlgorithm.class)
  void verify_oneKeyManyTokens_eachVerifiedAndTamperingDetected(JwsAlgorithm alg)
      throws Exception {
    VerificationKey key = VerificationKey.of(TestKeys.forAlg(alg).toPublicJWK()).orElseThrow();
    for (int i = 0; i < 3; i++) {
      JWSObject jws = signed(alg, "{\"n\":" + i + "}");
      assertThat(JwsVerifiers.verify(jws, key)).isTrue();
      String[] parts = jws.serialize().split("\\.");
      JWSObject other = JWSObject.parse(parts[0] + "."
          + Base64URL.encode("{\"n\":" + (i + 1) + "}") + "." + parts[2]);
      assertThat(JwsVerifiers.verify(other, key)).isFalse();
    }
  }

  @Test
  void verify_headerAlgOtherThanKeysAlgorithm_false() throws Exception {
    VerificationKey ecKey = VerificationKey.of(TestKeys.EC).orElseThrow();
    assertThat(JwsVerifiers.verify(signed(JwsAlgorithm.EdDSA, "{}"), ecKey)).isFalse();
    assertThat(JwsVerifiers.verify(signed(JwsAlgorithm.RS256, "{}"), ecKey)).isFalse();
  }

  @Test
  void verify_anotherKeyOfSameType_false() throws Exception {
    VerificationKey other = VerificationKey.of(TestKeys.EC_OTHER).orElseThrow();
    assertThat(JwsVerifiers.verify(signed(JwsAlgorithm.ES256, "{}"), other)).isFalse();
  }

  @Test
  void verify_nullArguments_false() throws Exception {
    VerificationKey key = VerificationKey.of(TestKeys.EC).orElseThrow();
    assertThat(JwsVerifiers.verify(null, key)).isFalse();
    assertThat(JwsVerifiers.verify(signed(JwsAlgorithm.ES256, "{}"), (VerificationKey) null))
        .isFalse();
  }

  @Test
  void of_unsupportedOrMalformedKey_empty() throws Exception {
    assertThat(VerificationKey.of(null)).isEmpty();
    assertThat(VerificationKey.of(new ECKeyGenerator(Curve.P_384).generate())).isEmpty();
    OctetKeyPair shortEd = new OctetKeyPair.Builder(Curve.Ed25519,
        Base64URL.encode(new byte[31])).build();
    assertThat(VerificationKey.of(shortEd)).isEmpty();
  }

  @Test
  void toString_namesAlgorithmOnly() {
    assertThat(VerificationKey.of(TestKeys.EC).orElseThrow().toString())
        .isEqualTo("VerificationKey[ES256]").doesNotContain(TestKeys.EC.toPublicJWK().toJSONString());
  }
}
