package org.tessera.issuer.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.Objects;
import java.util.Set;
import org.tessera.shared.jose.EcdsaSignatures;

/**
 * A JWS signer whose private key never leaves a PKCS#11 token: the token computes the signature
 * through the JDK SunPKCS11 provider. ES256 signatures come back DER-encoded and are transcoded
 * to the 64-byte {@code R || S} form JOSE requires; RS256 needs no change.
 */
final class Pkcs11Signer implements JWSSigner {

  private final PrivateKey key;
  private final Provider provider;
  private final JWSAlgorithm algorithm;
  private final JCAContext jca = new JCAContext();

  /** @param algorithm {@code ES256} (P-256 key) or {@code RS256} (RSA key) */
  Pkcs11Signer(PrivateKey key, Provider provider, JWSAlgorithm algorithm) {
    this.key = Objects.requireNonNull(key, "key");
    this.provider = Objects.requireNonNull(provider, "provider");
    if (!JWSAlgorithm.ES256.equals(algorithm) && !JWSAlgorithm.RS256.equals(algorithm)) {
      throw new IllegalArgumentException("a PKCS#11 key signs ES256 or RS256");
    }
    this.algorithm = algorithm;
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!algorithm.equals(header.getAlgorithm())) {
      throw new JOSEException("this key signs " + algorithm + " only");
    }
    boolean ec = JWSAlgorithm.ES256.equals(algorithm);
    try {
      Signature signature = Signature.getInstance(ec ? "SHA256withECDSA" : "SHA256withRSA",
          provider);
      signature.initSign(key);
      signature.update(signingInput);
      byte[] raw = signature.sign();
      // Tokens may return either twin of an ECDSA signature; verifiers accept the low-S one only.
      return Base64URL.encode(ec
          ? EcdsaSignatures.toLowS(ECDSA.transcodeSignatureToConcat(raw, 64)) : raw);
    } catch (GeneralSecurityException e) {
      // The provider's message may name token internals; the class is enough.
      throw new JOSEException("PKCS#11 signing failed: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(algorithm);
  }

  @Override
  public JCAContext getJCAContext() {
    return jca;
  }

  @Override
  public String toString() {
    return "Pkcs11Signer[alg=" + algorithm + ", key in token]";
  }
}
