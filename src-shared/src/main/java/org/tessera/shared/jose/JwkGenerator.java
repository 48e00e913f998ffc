package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** Makes new private signing keys as JWKs (for tools, tests and the issuer's key ring). */
public final class JwkGenerator {

  /** RSA modulus size of {@link #generate}: 3072 bits stays acceptable beyond 2030. */
  public static final int DEFAULT_RSA_BITS = 3072;

  private JwkGenerator() {}

  /** A new private key for {@code alg} with {@code use=sig}, {@code alg} and {@code kid} set. */
  public static JWK generate(JwsAlgorithm alg, String kid) {
    return alg == JwsAlgorithm.RS256 ? generateRsa(DEFAULT_RSA_BITS, kid) : generateOther(alg, kid);
  }

  /** A new RS256 key of 2048 or 3072 bits. */
  public static JWK generateRsa(int bits, String kid) {
    requireKid(kid);
    if (bits != 2048 && bits != 3072) {
      throw new IllegalArgumentException("RSA keys are 2048 or 3072 bits");
    }
    try {
      return new RSAKeyGenerator(bits)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JwsAlgorithm.RS256.nimbus())
          .keyID(kid)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }

  private static JWK generateOther(JwsAlgorithm alg, String kid) {
    requireKid(kid);
    if (alg == JwsAlgorithm.ES256) {
      try {
        return new ECKeyGenerator(Curve.P_256)
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(alg.nimbus())
            .keyID(kid)
            .generate();
      } catch (JOSEException e) {
        throw new IllegalStateException("EC key generation failed", e);
      }
    }
    Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
    generator.init(new Ed25519KeyGenerationParameters(new SecureRandom()));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    byte[] publicKey = ((Ed25519PublicKeyParameters) pair.getPublic()).getEncoded();
    byte[] privateKey = ((Ed25519PrivateKeyParameters) pair.getPrivate()).getEncoded();
    return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey))
        .d(Base64URL.encode(privateKey))
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(alg.nimbus())
        .keyID(kid)
        .build();
  }

  private static void requireKid(String kid) {
    if (kid == null || kid.isBlank()) {
      throw new IllegalArgumentException("kid is required");
    }
  }
}
