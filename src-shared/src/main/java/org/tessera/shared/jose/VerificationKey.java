package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A public key ready for {@link JwsVerifiers#verify(com.nimbusds.jose.JWSObject, VerificationKey)}:
 * the public JWK, the one algorithm its type allows ({@link JwsAlgorithm#forKey}) and the decoded
 * key. Decoding once matters: BouncyCastle keeps its precomputation for an EC point on the point
 * object, so reusing one {@code VerificationKey} makes ES256 about twice as fast as rebuilding
 * the point per signature. Immutable and safe to share between threads (BouncyCastle guards its
 * precomputation itself).
 */
public final class VerificationKey {

  private final JWK jwk;
  private final JwsAlgorithm algorithm;
  private final Object prepared;

  private VerificationKey(JWK jwk, JwsAlgorithm algorithm, Object prepared) {
    this.jwk = jwk;
    this.algorithm = algorithm;
    this.prepared = prepared;
  }

  /**
   * The prepared public part of {@code key}; empty when its type allows no supported algorithm or
   * its public part is malformed (an EC point not on P-256, an Ed25519 key of the wrong length, an
   * unusable RSA key). A private key is accepted, but only its public part is kept.
   */
  public static Optional<VerificationKey> of(JWK key) {
    if (key == null) {
      return Optional.empty();
    }
    try {
      JwsAlgorithm algorithm = JwsAlgorithm.forKey(key);
      JWK publicJwk = key.toPublicJWK();
      return Optional.of(new VerificationKey(publicJwk, algorithm, prepare(publicJwk, algorithm)));
    } catch (JOSEException | RuntimeException e) {
      // An unsupported or malformed key is simply not usable for verification.
      return Optional.empty();
    }
  }

  private static Object prepare(JWK key, JwsAlgorithm algorithm) throws JOSEException {
    switch (algorithm) {
      case ES256:
        return ecParameters((ECKey) key);
      case EdDSA:
        return ed25519Parameters((OctetKeyPair) key);
      case RS256:
        return ((RSAKey) key).toRSAPublicKey();
      default:
        throw new IllegalArgumentException("unsupported algorithm");
    }
  }

  private static ECPublicKeyParameters ecParameters(ECKey key) {
    BigInteger x = key.getX().decodeToBigInteger();
    BigInteger y = key.getY().decodeToBigInteger();
    // validatePoint + the parameters' constructor reject points that are not on P-256.
    ECPoint point = BouncyCastle.P256.getCurve().validatePoint(x, y);
    return new ECPublicKeyParameters(point, BouncyCastle.P256);
  }

  private static Ed25519PublicKeyParameters ed25519Parameters(OctetKeyPair key) {
    byte[] x = key.getDecodedX();
    if (x.length != Ed25519PublicKeyParameters.KEY_SIZE) {
      throw new IllegalArgumentException("Ed25519 public key must be 32 bytes");
    }
    return new Ed25519PublicKeyParameters(x, 0);
  }

  /** The public JWK. */
  public JWK jwk() {
    return jwk;
  }

  /** The one algorithm this key verifies. */
  public JwsAlgorithm algorithm() {
    return algorithm;
  }

  ECPublicKeyParameters ecParameters() {
    return (ECPublicKeyParameters) prepared;
  }

  Ed25519PublicKeyParameters ed25519Parameters() {
    return (Ed25519PublicKeyParameters) prepared;
  }

  RSAPublicKey rsaPublicKey() {
    return (RSAPublicKey) prepared;
  }

  /** Equal when the public JWKs are equal: the rest is derived from it. */
  @Override
  public boolean equals(Object other) {
    return other instanceof VerificationKey that && jwk.equals(that.jwk);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jwk);
  }

  @Override
  public String toString() {
    return "VerificationKey[" + algorithm.headerName() + "]";
  }
}
