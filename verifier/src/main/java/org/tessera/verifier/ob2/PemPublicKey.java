package org.tessera.verifier.ob2;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * The {@code publicKeyPem} of an OB 2.0 CryptographicKey: one SubjectPublicKeyInfo PEM block,
 * an RSA key of at least 2048 bits or a P-256 key; anything else is no usable key.
 */
final class PemPublicKey {

  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private PemPublicKey() {}

  static Optional<JWK> parse(String pem) {
    String text = pem.strip();
    if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
      return Optional.empty();
    }
    String body = text.substring(BEGIN.length(), text.length() - END.length())
        .replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return publicKey(der, "RSA").or(() -> publicKey(der, "EC")).flatMap(PemPublicKey::jwk);
  }

  private static Optional<PublicKey> publicKey(byte[] der, String algorithm) {
    try {
      return Optional.of(KeyFactory.getInstance(algorithm)
          .generatePublic(new X509EncodedKeySpec(der)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<JWK> jwk(PublicKey key) {
    JWK jwk;
    if (key instanceof RSAPublicKey rsa) {
      jwk = new RSAKey.Builder(rsa).build();
    } else if (key instanceof ECPublicKey ec
        && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
      jwk = new ECKey.Builder(Curve.P_256, ec).build();
    } else {
      return Optional.empty();
    }
    try {
      JwsAlgorithm.forKey(jwk);
      return Optional.of(jwk);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
