package org.tessera.shared.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import java.util.Set;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** A test-only EdDSA signer on BouncyCastle (nimbus's own needs Tink, which we do not ship). */
final class Ed25519TestSigner implements JWSSigner {

  private final Ed25519PrivateKeyParameters privateKey;
  private final OctetKeyPair publicJwk;

  Ed25519TestSigner() {
    Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
    generator.init(new Ed25519KeyGenerationParameters(new SecureRandom()));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    privateKey = (Ed25519PrivateKeyParameters) pair.getPrivate();
    byte[] x = ((Ed25519PublicKeyParameters) pair.getPublic()).getEncoded();
    publicJwk = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).keyID("anchor-ed").build();
  }

  OctetKeyPair publicJwk() {
    return publicJwk;
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(signingInput, 0, signingInput.length);
    return Base64URL.encode(signer.generateSignature());
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
  }

  @Override
  public JCAContext getJCAContext() {
    return new JCAContext();
  }
}
