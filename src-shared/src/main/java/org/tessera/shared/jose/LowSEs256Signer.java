package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import java.util.Set;

/** An ES256 signer whose signatures are always in the canonical low-S form. */
final class LowSEs256Signer implements JWSSigner {

  private final JWSSigner ecdsa;

  LowSEs256Signer(JWSSigner ecdsa) {
    this.ecdsa = Objects.requireNonNull(ecdsa, "ecdsa");
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    return Base64URL.encode(EcdsaSignatures.toLowS(ecdsa.sign(header, signingInput).decode()));
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return ecdsa.supportedJWSAlgorithms();
  }

  @Override
  public JCAContext getJCAContext() {
    return ecdsa.getJCAContext();
  }
}
