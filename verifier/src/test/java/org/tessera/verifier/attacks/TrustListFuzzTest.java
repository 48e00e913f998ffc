package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustListResult;

/**
 * Coverage-guided fuzzing (Jazzer) of the trust-list reader: any text as the trust-list JWT, and
 * any bytes as the payload of a list correctly signed by the anchor (so mutations reach the
 * payload parser past the signature), give a verified list or a refusal code, never an exception.
 */
class TrustListFuzzTest {

  private static final JWK ANCHOR = JwkGenerator.generate(JwsAlgorithm.EdDSA, "anchor");
  private static final Clock CLOCK =
      Clock.fixed(AttackVectorGenerator.NOW, ZoneOffset.UTC);

  @FuzzTest(maxDuration = "60s")
  void verify_anyText_listOrCode(byte[] data) {
    assertValue(TrustListJwt.verify(new String(data, StandardCharsets.UTF_8), ANCHOR.toPublicJWK(),
        CLOCK, 10));
  }

  @FuzzTest(maxDuration = "60s")
  void verify_anySignedPayload_listOrCode(byte[] data) throws JOSEException {
    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA)
        .type(new JOSEObjectType(TrustListJwt.TYP)).build(), new Payload(data));
    jws.sign(JwsSigners.forKey(ANCHOR));
    assertValue(TrustListJwt.verify(jws.serialize(), ANCHOR.toPublicJWK(), CLOCK, 10));
  }

  private static void assertValue(TrustListResult result) {
    assertThat(result).isNotNull();
    if (result instanceof TrustListResult.Invalid invalid) {
      assertThat(invalid.code()).isNotNull();
    }
  }
}
