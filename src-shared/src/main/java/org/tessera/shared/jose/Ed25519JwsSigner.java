package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * EdDSA (Ed25519) signer on BouncyCastle's lightweight API. nimbus's own Ed25519Signer needs
 * Google Tink, which we do not ship.
 */
final class Ed25519JwsSigner implements JWSSigner {

  private final Ed25519PrivateKeyParameters privateKey;
  private final JCAContext jcaContext = new JCAContext();

  Ed25519JwsSigner(byte[] seed) {
    if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
      throw new IllegalArgumentException("Ed25519 private key must be 32 bytes");
    }
    this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
      throw new JOSEException("Ed25519 key can only sign EdDSA");
    }
    // Ed25519Signer buffers the message, so one instance per signature keeps this thread-safe.
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(signingInput, 0, signingInput.length);
    return Base64URL.encode(signer.generateSignature());
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(JWSAlgorithm.EdDSA);
  }

  @Override
  public JCAContext getJCAContext() {
    return jcaContext;
  }

  @Override
  public String toString() {
    return "Ed25519JwsSigner[redacted]";
  }
}
