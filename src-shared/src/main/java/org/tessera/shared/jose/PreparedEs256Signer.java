package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.util.Set;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * ES256 on BouncyCastle's lightweight API with the key prepared once. Going through JCA rebuilt
 * the curve and its fixed-point table for every signature; here the shared {@link
 * BouncyCastle#P256} parameters keep one table for the generator, so a signature costs one comb
 * multiplication. Nonces are deterministic (RFC 6979), signatures always low-S ({@link
 * EcdsaSignatures}).
 */
final class PreparedEs256Signer implements JWSSigner {

  private static final BigInteger N = BouncyCastle.P256.getN();
  private static final BigInteger HALF_N = N.shiftRight(1);

  private final ECPrivateKeyParameters privateKey;
  private final JCAContext jcaContext = new JCAContext();

  PreparedEs256Signer(BigInteger d) {
    if (d.signum() <= 0 || d.compareTo(N) >= 0) {
      throw new IllegalArgumentException("not a P-256 private key");
    }
    this.privateKey = new ECPrivateKeyParameters(d, BouncyCastle.P256);
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
      throw new JOSEException("a P-256 key can only sign ES256");
    }
    SHA256Digest digest = new SHA256Digest();
    digest.update(signingInput, 0, signingInput.length);
    byte[] hash = new byte[digest.getDigestSize()];
    digest.doFinal(hash, 0);
    // ECDSASigner keeps per-signature state, so one instance per call keeps this thread-safe.
    ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    ecdsa.init(true, privateKey);
    BigInteger[] rs = ecdsa.generateSignature(hash);
    BigInteger s = rs[1].compareTo(HALF_N) > 0 ? N.subtract(rs[1]) : rs[1];
    byte[] raw = new byte[2 * BouncyCastle.P256_FIELD_BYTES];
    BigIntegers.asUnsignedByteArray(rs[0], raw, 0, BouncyCastle.P256_FIELD_BYTES);
    BigIntegers.asUnsignedByteArray(s, raw, BouncyCastle.P256_FIELD_BYTES, BouncyCastle.P256_FIELD_BYTES);
    return Base64URL.encode(raw);
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(JWSAlgorithm.ES256);
  }

  @Override
  public JCAContext getJCAContext() {
    return jcaContext;
  }

  @Override
  public String toString() {
    return "PreparedEs256Signer[redacted]";
  }
}
