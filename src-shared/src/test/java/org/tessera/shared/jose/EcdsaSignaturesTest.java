package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.text.ParseException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EcdsaSignaturesTest {

  private final JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");

  private String sign(int i) {
    JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("{\"n\":" + i + "}"));
    try {
      jws.sign(JwsSigners.forKey(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jws.serialize();
  }

  /** The other ECDSA twin of a compact JWS: (r, n − s). */
  static String highSTwin(String jwt) {
    String[] parts = jwt.split("\\.");
    byte[] raw = Base64URL.from(parts[2]).decode();
    BigInteger n = BouncyCastle.P256.getN();
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
    byte[] twin = n.subtract(s).toByteArray();
    byte[] out = Arrays.copyOf(raw, 64);
    Arrays.fill(out, 32, 64, (byte) 0);
    int length = Math.min(twin.length, 32);
    System.arraycopy(twin, twin.length - length, out, 64 - length, length);
    return parts[0] + "." + parts[1] + "." + Base64URL.encode(out);
  }

  @Test
  void jwsSigners_es256_alwaysLowS() throws ParseException {
    // Half of plain ECDSA signatures are high-S: fifty in a row low-S is no accident.
    for (int i = 0; i < 50; i++) {
      JWSObject jws = JWSObject.parse(sign(i));
      assertThat(EcdsaSignatures.isLowS(jws.getSignature().decode())).as("signature %d", i)
          .isTrue();
      assertThat(JwsVerifiers.canonicalCompact(jws.serialize())).isEqualTo(jws.serialize());
    }
  }

  @Test
  void highSTwin_verifies_andItsCanonicalFormIsTheOriginal()
      throws ParseException {
    String jwt = sign(1);
    JWSObject twin = JWSObject.parse(highSTwin(jwt));

    assertThat(JwsVerifiers.verify(twin, key.toPublicJWK(), JwsAlgorithm.ES256))
        .as("ECDSA is malleable: other issuers' credentials verify either way").isTrue();
    assertThat(JwsVerifiers.canonicalCompact(twin.serialize())).isEqualTo(jwt);
    assertThat(Base64URL.encode(EcdsaSignatures.toLowS(twin.getSignature().decode())).toString())
        .isEqualTo(jwt.split("\\.")[2]);
  }

  @Test
  void isLowS_otherLengths_false_toLowSLeavesThemAlone() {
    assertThat(EcdsaSignatures.isLowS(new byte[63])).isFalse();
    assertThat(EcdsaSignatures.toLowS(new byte[3])).hasSize(3);
  }
}
