package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

class JwsAlgorithmTest {

  @Test
  void fromHeader_supportedNames_mapped() {
    assertThat(JwsAlgorithm.fromHeader("ES256")).contains(JwsAlgorithm.ES256);
    assertThat(JwsAlgorithm.fromHeader("RS256")).contains(JwsAlgorithm.RS256);
    assertThat(JwsAlgorithm.fromHeader("EdDSA")).contains(JwsAlgorithm.EdDSA);
  }

  @Test
  void fromHeader_unsupportedOrWrongCase_empty() {
    assertThat(JwsAlgorithm.fromHeader("none")).isEmpty();
    assertThat(JwsAlgorithm.fromHeader("HS256")).isEmpty();
    assertThat(JwsAlgorithm.fromHeader("es256")).isEmpty();
    assertThat(JwsAlgorithm.fromHeader(null)).isEmpty();
  }

  @Test
  void nimbus_eachConstant_matchingNimbusAlgorithm() {
    assertThat(JwsAlgorithm.ES256.nimbus()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(JwsAlgorithm.RS256.nimbus()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(JwsAlgorithm.EdDSA.nimbus()).isEqualTo(JWSAlgorithm.EdDSA);
    assertThat(JwsAlgorithm.DEFAULT).isEqualTo(JwsAlgorithm.ES256);
  }

  @Test
  void forKey_supportedKeys_algorithmOfKey() {
    assertThat(JwsAlgorithm.forKey(TestKeys.EC)).isEqualTo(JwsAlgorithm.ES256);
    assertThat(JwsAlgorithm.forKey(TestKeys.RSA.toPublicJWK())).isEqualTo(JwsAlgorithm.RS256);
    assertThat(JwsAlgorithm.forKey(TestKeys.ED)).isEqualTo(JwsAlgorithm.EdDSA);
  }

  @Test
  void forKey_otherCurveShortRsaOrSecret_rejected() throws Exception {
    JWK p384 = new ECKeyGenerator(Curve.P_384).generate();
    JWK rsa1024 = new RSAKeyGenerator(1024, true).generate();
    OctetSequenceKey secret = new OctetSequenceKeyGenerator(256).generate();
    assertThatThrownBy(() -> JwsAlgorithm.forKey(p384)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JwsAlgorithm.forKey(rsa1024)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JwsAlgorithm.forKey(secret)).isInstanceOf(IllegalArgumentException.class);
  }
}
