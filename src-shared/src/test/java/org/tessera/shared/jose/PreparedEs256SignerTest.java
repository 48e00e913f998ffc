package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreparedEs256SignerTest {

  private static final JWSHeader ES256 = new JWSHeader(JWSAlgorithm.ES256);

  @Test
  void rfc6979Vector_sameR_andTheLowSTwinOfItsS() throws JOSEException {
    // RFC 6979 A.2.5, P-256 with SHA-256, message "sample". The RFC's s is above n/2, so the
    // low-S form Tessera signs is n - s.
    BigInteger d = new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
    byte[] raw = new PreparedEs256Signer(d)
        .sign(ES256, "sample".getBytes(StandardCharsets.US_ASCII)).decode();

    BigInteger n = BouncyCastle.P256.getN();
    BigInteger rfcS = new BigInteger("F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8", 16);
    assertThat(new BigInteger(1, Arrays.copyOfRange(raw, 0, 32)))
        .isEqualTo(new BigInteger("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716", 16));
    assertThat(new BigInteger(1, Arrays.copyOfRange(raw, 32, 64))).isEqualTo(n.subtract(rfcS));
  }

  @Test
  void signaturesVerifyWithTheJdk_areLowS_andDiffer() throws Exception {
    ECKey key = (ECKey) TestKeys.EC;
    ECDSAVerifier jdk = new ECDSAVerifier(key.toECPublicKey());
    Set<String> signatures = new HashSet<>();
    for (int i = 0; i < 64; i++) {
      JWSObject jws = new JWSObject(ES256, new Payload("{\"n\":" + i + "}"));
      jws.sign(JwsSigners.forKey(key));
      assertThat(jws.verify(jdk)).isTrue();
      assertThat(EcdsaSignatures.isLowS(jws.getSignature().decode())).isTrue();
      signatures.add(jws.getSignature().toString());
    }
    assertThat(signatures).hasSize(64);
  }

  @Test
  void anotherKeyDoesNotVerify() throws Exception {
    JWSObject jws = new JWSObject(ES256, new Payload("{}"));
    jws.sign(JwsSigners.forKey(TestKeys.EC));
    assertThat(jws.verify(new ECDSAVerifier(((ECKey) TestKeys.EC_OTHER).toECPublicKey()))).isFalse();
  }

  @Test
  void refusesOtherAlgorithmsAndKeysOutsideTheGroup() {
    PreparedEs256Signer signer = new PreparedEs256Signer(BigInteger.TEN);
    assertThatThrownBy(() -> signer.sign(new JWSHeader(JWSAlgorithm.ES384), new byte[1]))
        .isInstanceOf(JOSEException.class);
    assertThatThrownBy(() -> new PreparedEs256Signer(BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PreparedEs256Signer(BouncyCastle.P256.getN()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(signer.toString()).doesNotContain("10");
  }
}
