package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.EcdsaSignatures;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class SignatureCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private final SignatureCheck check = new SignatureCheck();
  private final ResolvedKey issuerKey = new ResolvedKey(FIXTURE.kid, FIXTURE.issuerKey,
      JwsAlgorithm.ES256, ResolvedKey.Source.DID_WEB);

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  @Test
  void run_signedByIssuerKey_passes() {
    String jwt = FIXTURE.sign(FIXTURE.credential());
    assertThat(check.run(CredentialJwt.parse(jwt).orElseThrow().jwt(), issuerKey).result()
        .isPassed()).isTrue();
  }

  @Test
  void run_highSTwinOfAValidSignature_passes() {
    String jwt = FIXTURE.sign(FIXTURE.credential());
    String malleated = highSTwin(jwt);

    // Most JOSE libraries sign either twin: both are the issuer's signature.
    assertThat(check.run(CredentialJwt.parse(malleated).orElseThrow().jwt(), issuerKey).result()
        .isPassed()).isTrue();
  }

  @Test
  void run_signedByAnotherKeyOfSameType_signatureInvalid() {
    JWK attacker = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");
    String jwt = CredentialJwt.sign(FIXTURE.credential(), JwsSigners.forKey(attacker),
        JwsAlgorithm.ES256, FIXTURE.kid);
    assertThat(check.run(CredentialJwt.parse(jwt).orElseThrow().jwt(), issuerKey).result().code())
        .contains(ErrorCode.SIGNATURE_INVALID);
  }

  @Test
  void run_payloadChangedAfterSigning_signatureInvalid() {
    String jwt = FIXTURE.sign(FIXTURE.credential());
    String[] parts = jwt.split("\\.");
    String other = FIXTURE.sign(FIXTURE.credential().put("name", "Forged"));
    String spliced = parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    assertThat(check.run(CredentialJwt.parse(spliced).orElseThrow().jwt(), issuerKey).result()
        .code()).contains(ErrorCode.SIGNATURE_INVALID);
  }

  /** The other ECDSA twin of a compact ES256 JWS, (r, n − s). */
  static String highSTwin(String jwt) {
    String[] parts = jwt.split("\\.");
    return parts[0] + "." + parts[1] + "."
        + Base64URL.encode(EcdsaSignatures.twin(Base64URL.from(parts[2]).decode()));
  }
}
