package org.tessera.issuer.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** Creates new private signing JWKs (ES256 on P-256, RS256 with 3072 bits, EdDSA on Ed25519). */
public final class KeyGenerator {

  private final SecureRandom random;

  public KeyGenerator(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The algorithm named on the command line, case-insensitive; empty when unsupported. */
  public static Optional<JWSAlgorithm> algorithm(String name) {
    switch (name.toUpperCase(Locale.ROOT)) {
      case "ES256":
        return Optional.of(JWSAlgorithm.ES256);
      case "RS256":
        return Optional.of(JWSAlgorithm.RS256);
      case "EDDSA":
      case "ED25519":
        return Optional.of(JWSAlgorithm.EdDSA);
      default:
        return Optional.empty();
    }
  }

  /** A new private JWK with {@code kid}, {@code use=sig} and {@code alg} set. */
  public JWK generate(JWSAlgorithm alg, String kid) {
    if (!KeyFiles.isValidKid(kid)) {
      throw new IllegalArgumentException("kid must match " + KeyFiles.KID_PATTERN);
    }
    try {
      if (JWSAlgorithm.ES256.equals(alg)) {
        return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE)
            .algorithm(alg).secureRandom(random).generate();
      }
      if (JWSAlgorithm.RS256.equals(alg)) {
        return new RSAKeyGenerator(3072).keyID(kid).keyUse(KeyUse.SIGNATURE)
            .algorithm(alg).secureRandom(random).generate();
      }
      if (JWSAlgorithm.EdDSA.equals(alg)) {
        // nimbus generates Ed25519 keys only through Tink; BouncyCastle is on the path already.
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(random);
        return new OctetKeyPair.Builder(Curve.Ed25519,
            Base64URL.encode(key.generatePublicKey().getEncoded()))
            .d(Base64URL.encode(key.getEncoded()))
            .keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(alg).build();
      }
    } catch (JOSEException e) {
      throw new IllegalStateException("key generation failed for " + alg, e);
    }
    throw new IllegalArgumentException("unsupported algorithm " + alg);
  }
}
