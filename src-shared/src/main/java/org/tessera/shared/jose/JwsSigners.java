package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;

/** Builds a nimbus {@link JWSSigner} for a private JWK, choosing the fast implementation per algorithm. */
public final class JwsSigners {

  private JwsSigners() {}

  /**
   * A signer for the key's one algorithm ({@link JwsAlgorithm#forKey(JWK)}), prepared once and
   * thread-safe: ES256 through BouncyCastle's lightweight ECDSA (always low-S, {@link
   * EcdsaSignatures}), RS256 through the JDK, EdDSA through BouncyCastle's Ed25519.
   *
   * @throws IllegalArgumentException if the key is public only or of an unsupported type
   */
  public static JWSSigner forKey(JWK privateJwk) {
    if (privateJwk == null || !privateJwk.isPrivate()) {
      throw new IllegalArgumentException("a private key is required for signing");
    }
    JwsAlgorithm alg = JwsAlgorithm.forKey(privateJwk);
    try {
      switch (alg) {
        case ES256:
          return new PreparedEs256Signer(((ECKey) privateJwk).getD().decodeToBigInteger());
        case RS256:
          return new RSASSASigner((RSAKey) privateJwk);
        case EdDSA:
          return new Ed25519JwsSigner(((OctetKeyPair) privateJwk).getDecodedD());
        default:
          throw new IllegalArgumentException("unsupported algorithm " + alg);
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable signing key", e);
    }
  }
}
