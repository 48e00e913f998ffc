package org.tessera.shared.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;

class DidKeyTest {

  /** Test vectors from spec/refs/did-key.txt. */
  private static final String ED25519_A = "did:key:z6Mkf5rGMoatrSj1f4CyvuHBeXJELe9RPdzo2PKGNCKVtZxP";
  private static final String ED25519_B = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
  private static final String P256 = "did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv";

  @ParameterizedTest
  @ValueSource(strings = {ED25519_A, ED25519_B})
  void decode_ed25519SpecVector_okpKeyReencodesToSameDid(String did) {
    JWK key = DidKey.decode(did).orElseThrow();
    assertThat(key).isInstanceOf(OctetKeyPair.class);
    assertThat(((OctetKeyPair) key).getCurve()).isEqualTo(Curve.Ed25519);
    assertThat(((OctetKeyPair) key).getDecodedX()).hasSize(32);
    assertThat(key.getKeyID()).isEqualTo(did + "#" + did.substring("did:key:".length()));
    assertThat(DidKey.encode(key)).isEqualTo(did);
  }

  @Test
  void decode_p256SpecVector_ecKeyOnCurveReencodesToSameDid() {
    JWK key = DidKey.decode(P256).orElseThrow();
    assertThat(key).isInstanceOf(ECKey.class);
    assertThat(((ECKey) key).getCurve()).isEqualTo(Curve.P_256);
    assertThat(JwsAlgorithm.forKey(key)).isEqualTo(JwsAlgorithm.ES256);
    assertThat(DidKey.encode(key)).isEqualTo(P256);
  }

  @Test
  void encodeThenDecode_generatedKeys_sameKeyMaterial() throws Exception {
    for (JwsAlgorithm alg : new JwsAlgorithm[] {JwsAlgorithm.ES256, JwsAlgorithm.EdDSA}) {
      for (int i = 0; i < 8; i++) {
        JWK key = JwkGenerator.generate(alg, "k").toPublicJWK();
        String did = DidKey.encode(key);
        assertThat(did).startsWith(alg == JwsAlgorithm.ES256 ? "did:key:zDn" : "did:key:z6Mk");
        JWK decoded = DidKey.decode(did).orElseThrow();
        assertThat(decoded.computeThumbprint()).isEqualTo(key.computeThumbprint());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // secp256k1, P-384 and BLS vectors from the spec: valid did:key, unsupported here
      "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme",
      "did:key:z82LkvCwHNreneWpsgPEbV3gu1C6NFJEBg4srfJ5gdxEsMGRJUz2sG9FE42shbn2xkZJh54",
      "did:key:6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
      "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do",
      "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK0",
      "did:key:z",
      "did:jwk:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
  })
  void decode_unsupportedOrMalformed_empty(String did) {
    assertThat(DidKey.decode(did)).isEmpty();
  }

  @Test
  void decode_p256XNotOnCurve_empty() {
    // 0x80 0x24, prefix 0x02 and x = 1: there is no P-256 point with that x coordinate.
    byte[] bytes = new byte[35];
    bytes[0] = (byte) 0x80;
    bytes[1] = 0x24;
    bytes[2] = 0x02;
    bytes[34] = 1;
    assertThat(DidKey.decode("did:key:z" + Base58Btc.encode(bytes))).isEmpty();
  }

  @Test
  void encode_privateOrRsaKey_rejected() {
    assertThatThrownBy(() -> DidKey.encode(JwkGenerator.generate(JwsAlgorithm.EdDSA, "k")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DidKey.encode(JwkGenerator.generateRsa(2048, "k").toPublicJWK()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
