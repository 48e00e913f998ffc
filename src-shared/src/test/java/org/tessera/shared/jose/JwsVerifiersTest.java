package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class JwsVerifiersTest {

  private static final String PAYLOAD = "{\"iss\":\"did:web:a.example\"}";

  private static JWSObject signed(JwsAlgorithm alg) throws Exception {
    JWSObject jws = new JWSObject(new JWSHeader.Builder(alg.nimbus()).type(JOSEObjectType.JWT).build(),
        new Payload(PAYLOAD));
    jws.sign(JwsSigners.forKey(TestKeys.forAlg(alg)));
    return JWSObject.parse(jws.serialize());
  }

  private static JWSObject withSignature(JWSObject jws, byte[] signature) throws Exception {
    List<Base64URL> parts = Arrays.asList(jws.getParsedParts());
    return JWSObject.parse(parts.get(0) + "." + parts.get(1) + "." + Base64URL.encode(signature));
  }

  @ParameterizedTest
  @EnumSource(JwsAlgorithm.class)
  void verify_signedWithMatchingKey_true(JwsAlgorithm alg) throws Exception {
    JWSObject jws = signed(alg);
    assertThat(JwsVerifiers.verify(jws, TestKeys.forAlg(alg).toPublicJWK(), alg)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(JwsAlgorithm.class)
  void verify_privateKeyGivenAsVerificationKey_usesPublicPart(JwsAlgorithm alg) throws Exception {
    assertThat(JwsVerifiers.verify(signed(alg), TestKeys.forAlg(alg), alg)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(JwsAlgorithm.class)
  void verify_tamperedPayload_false(JwsAlgorithm alg) throws Exception {
    List<Base64URL> parts = Arrays.asList(signed(alg).getParsedParts());
    String tampered = Base64URL.encode("{\"iss\":\"did:web:evil.example\"}").toString();
    JWSObject jws = JWSObject.parse(parts.get(0) + "." + tampered + "." + parts.get(2));
    assertThat(JwsVerifiers.verify(jws, TestKeys.forAlg(alg).toPublicJWK(), alg)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(JwsAlgorithm.class)
  void verify_flippedSignatureBit_false(JwsAlgorithm alg) throws Exception {
    JWSObject jws = signed(alg);
    byte[] signature = jws.getSignature().decode();
    signature[signature.length / 2] ^= 0x01;
    assertThat(JwsVerifiers.verify(withSignature(jws, signature), TestKeys.forAlg(alg), alg)).isFalse();
  }

  /** Another key of the right type, or a key whose algorithm is not the token's or the expected one. */
  @ParameterizedTest(name = "{0} token, {1} key, expected {2}")
  @CsvSource({
      "ES256, EC_OTHER, ES256",
      "EdDSA, ED_OTHER, EdDSA",
      "RS256, EC, ES256",
      "RS256, EC, RS256",
      // The key decides: an RSA key never serves an "expected" ES256 check, even for a good signature.
      "RS256, RSA, ES256",
      "EdDSA, ED, ES256"
  })
  void verify_wrongKeyOrAlgorithm_false(JwsAlgorithm tokenAlg, String keyName, JwsAlgorithm expected)
      throws Exception {
    assertThat(JwsVerifiers.verify(signed(tokenAlg), TestKeys.named(keyName), expected)).isFalse();
  }

  @Test
  void verify_hs256TokenKeyedWithPublicKeyBytes_false() throws Exception {
    // The classic confusion attack: HMAC keyed with bytes of the public key.
    byte[] secret = Arrays.copyOf(((ECKey) TestKeys.EC).getX().decode(), 32);
    JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(PAYLOAD));
    jws.sign(new MACSigner(secret));
    JWSObject parsed = JWSObject.parse(jws.serialize());
    for (JwsAlgorithm alg : JwsAlgorithm.values()) {
      assertThat(JwsVerifiers.verify(parsed, TestKeys.EC.toPublicJWK(), alg)).isFalse();
    }
  }

  @Test
  void verify_es256DerSignature_false() throws Exception {
    JWSObject jws = signed(JwsAlgorithm.ES256);
    byte[] der = ECDSA.transcodeSignatureToDER(jws.getSignature().decode());
    assertThat(JwsVerifiers.verify(withSignature(jws, der), TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
  }

  @Test
  void verify_es256WrongLengthSignature_false() throws Exception {
    JWSObject jws = signed(JwsAlgorithm.ES256);
    byte[] signature = jws.getSignature().decode();
    byte[] shorter = Arrays.copyOf(signature, 63);
    byte[] longer = Arrays.copyOf(signature, 65);
    assertThat(JwsVerifiers.verify(withSignature(jws, shorter), TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
    assertThat(JwsVerifiers.verify(withSignature(jws, longer), TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
  }

  @Test
  void verify_es256ZeroSignature_false() throws Exception {
    JWSObject jws = signed(JwsAlgorithm.ES256);
    assertThat(JwsVerifiers.verify(withSignature(jws, new byte[64]), TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
  }

  @Test
  void verify_criticalHeader_false() throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
        .customParam("exp-ext", 1).criticalParams(java.util.Set.of("exp-ext")).build();
    JWSObject jws = new JWSObject(header, new Payload(PAYLOAD));
    jws.sign(JwsSigners.forKey(TestKeys.EC));
    assertThat(JwsVerifiers.verify(JWSObject.parse(jws.serialize()), TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
  }

  @Test
  void verify_nullArguments_false() throws Exception {
    JWSObject jws = signed(JwsAlgorithm.ES256);
    assertThat(JwsVerifiers.verify(null, TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
    assertThat(JwsVerifiers.verify(jws, null, JwsAlgorithm.ES256)).isFalse();
    assertThat(JwsVerifiers.verify(jws, TestKeys.EC, null)).isFalse();
  }

  @Test
  void verify_unsignedObject_false() {
    JWSObject unsigned = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload(PAYLOAD));
    assertThat(JwsVerifiers.verify(unsigned, TestKeys.EC, JwsAlgorithm.ES256)).isFalse();
  }

  @Test
  void forKey_publicKey_rejected() {
    assertThatThrownBy(() -> JwsSigners.forKey(TestKeys.EC.toPublicJWK()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generate_eachAlgorithm_privateKeyOfThatAlgorithmWithKid() {
    for (JwsAlgorithm alg : List.of(JwsAlgorithm.ES256, JwsAlgorithm.EdDSA)) {
      var key = JwkGenerator.generate(alg, "k");
      assertThat(key.isPrivate()).isTrue();
      assertThat(key.getKeyID()).isEqualTo("k");
      assertThat(JwsAlgorithm.forKey(key)).isEqualTo(alg);
    }
    assertThat(((ECKey) TestKeys.EC).getCurve()).isEqualTo(Curve.P_256);
    assertThat(TestKeys.RSA.size()).isEqualTo(2048);
    assertThatThrownBy(() -> JwkGenerator.generateRsa(1024, "k")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JwkGenerator.generate(JwsAlgorithm.ES256, " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
