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

  static JWK named(String name) {
    switch (name) {
      case "EC":
        return EC;
      case "EC_OTHER":
        return EC_OTHER;
      case "RSA":
        return RSA;
      case "ED":
        return ED;
      case "ED_OTHER":
        return ED_OTHER;
      default:
        throw new IllegalArgumentException(name);
    }
  }

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
