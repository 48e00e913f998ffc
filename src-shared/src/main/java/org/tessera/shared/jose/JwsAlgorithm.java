package org.tessera.shared.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;

/**
 * The signature algorithms Tessera signs and verifies with. Anything else (none, HMAC, other
 * curves) is simply not representable, so it cannot be accepted by mistake.
 */
public enum JwsAlgorithm {
  /** ECDSA P-256 with SHA-256; the default. */
  ES256(JWSAlgorithm.ES256),
  /** RSASSA-PKCS1-v1_5 with SHA-256; the Open Badges 3.0 minimum. */
  RS256(JWSAlgorithm.RS256),
  /** Ed25519 (header {@code alg} "EdDSA"). */
  EdDSA(JWSAlgorithm.EdDSA);

  /** The algorithm used when nothing else is configured. */
  public static final JwsAlgorithm DEFAULT = ES256;

  /** Smallest RSA modulus accepted, in bits. */
  public static final int MIN_RSA_BITS = 2048;

  private final JWSAlgorithm nimbus;

  JwsAlgorithm(JWSAlgorithm nimbus) {
    this.nimbus = nimbus;
  }

  /** The nimbus equivalent. */
  public JWSAlgorithm nimbus() {
    return nimbus;
  }

  /** The value of the JOSE header {@code alg}. */
  public String headerName() {
    return nimbus.getName();
  }

  /** The algorithm named by a header {@code alg} value (exact, case-sensitive); empty if unsupported. */
  public static Optional<JwsAlgorithm> fromHeader(String alg) {
    if (alg == null) {
      return Optional.empty();
    }
    for (JwsAlgorithm candidate : values()) {
      if (candidate.headerName().equals(alg)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The one algorithm a key may be used with: EC P-256 → ES256, RSA ≥ 2048 bits → RS256,
   * OKP Ed25519 → EdDSA.
   *
   * @throws IllegalArgumentException for any other key
   */
  public static JwsAlgorithm forKey(JWK key) {
    if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
      return ES256;
    }
    if (key instanceof RSAKey rsa && rsa.size() >= MIN_RSA_BITS) {
      return RS256;
    }
    if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
      return EdDSA;
    }
    throw new IllegalArgumentException("unsupported signing key type");
  }
}
