package org.tessera.shared.jose;

import com.nimbusds.jose.jwk.JWK;

/** Keys shared by the JOSE tests; generated once because RSA generation is slow. */
final class TestKeys {

  static final JWK EC = JwkGenerator.generate(JwsAlgorithm.ES256, "ec-1");
  static final JWK EC_OTHER = JwkGenerator.generate(JwsAlgorithm.ES256, "ec-2");
  static final JWK RSA = JwkGenerator.generateRsa(2048, "rsa-1");
  static final JWK ED = JwkGenerator.generate(JwsAlgorithm.EdDSA, "ed-1");
  static final JWK ED_OTHER = JwkGenerator.generate(JwsAlgorithm.EdDSA, "ed-2");

  private TestKeys() {}

  static JWK forAlg(JwsAlgorithm alg) {
    switch (alg) {
      case ES256:
        return EC;
      case RS256:
        return RSA;
      default:
        return ED;
    }
  }
}
