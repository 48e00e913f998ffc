package org.tessera.shared.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Verifies a JWS with the pinned trust-anchor key. The algorithm follows from the key (EC P-256 →
 * ES256, RSA → RS256, Ed25519 → EdDSA); the header {@code alg} must merely agree with it. Ed25519
 * is checked with BouncyCastle, because nimbus needs Tink for it.
 *
 * <p>Kept minimal and local to the trust package on purpose; the generic JOSE helpers live in
 * {@code org.tessera.shared.jose}.
 */
final class AnchorSignature {

  private static final int MIN_RSA_BITS = 2048;
  private static final int ED25519_SIGNATURE_BYTES = 64;

  private AnchorSignature() {}

  /**
   * The header algorithms that fit {@code anchorKey}.
   *
   * @throws IllegalArgumentException for a private, unsupported or too weak anchor key (a
   *     configuration error)
   */
  static Set<JWSAlgorithm> algorithmsFor(JWK anchorKey) {
    if (anchorKey == null || anchorKey.isPrivate()) {
      throw new IllegalArgumentException("the trust anchor must be a public key");
    }
    if (anchorKey instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
      return Set.of(JWSAlgorithm.ES256);
    }
    if (anchorKey instanceof RSAKey rsa) {
      if (rsa.size() < MIN_RSA_BITS) {
        throw new IllegalArgumentException("the trust anchor RSA key is shorter than 2048 bits");
      }
      return Set.of(JWSAlgorithm.RS256);
    }
    if (anchorKey instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
      return Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
    }
    throw new IllegalArgumentException("unsupported trust anchor key type");
  }

  /** Whether {@code jws} carries a fitting {@code alg} and a valid signature by the anchor. */
  static boolean verify(JWSObject jws, JWK anchorKey) {
    if (!algorithmsFor(anchorKey).contains(jws.getHeader().getAlgorithm())) {
      return false;
    }
    try {
      if (anchorKey instanceof ECKey ec) {
        return jws.verify(new ECDSAVerifier(ec));
      }
      if (anchorKey instanceof RSAKey rsa) {
        return jws.verify(new RSASSAVerifier(rsa));
      }
      return verifyEd25519(jws, (OctetKeyPair) anchorKey);
    } catch (JOSEException e) {
      return false;
    }
  }

  private static boolean verifyEd25519(JWSObject jws, OctetKeyPair key) {
    byte[] signature = jws.getSignature().decode();
    if (signature.length != ED25519_SIGNATURE_BYTES) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(key.getDecodedX(), 0));
    byte[] signingInput = jws.getSigningInput();
    verifier.update(signingInput, 0, signingInput.length);
    return verifier.verifySignature(signature);
  }
}
