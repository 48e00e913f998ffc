package org.tessera.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * The raw signature cost of one credential JWT: SHA-256 of the signing input plus the public-key
 * operation, with keys decoded and verifiers built once. {@link #es256Bc} is the unit every other
 * figure in docs/BENCHMARKS.md is divided by.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

  private static final int ES256_HALF = 32;

  private byte[] es256Input;
  private BigInteger es256R;
  private BigInteger es256S;
  private ECDomainParameters p256;
  private BigInteger es256X;
  private BigInteger es256Y;
  private ECPublicKeyParameters es256BcKey;
  private JWSHeader es256Header;
  private Base64URL es256Signature;
  private ECDSAVerifier es256JdkVerifier;

  private byte[] ed25519Input;
  private byte[] ed25519Signature;
  private Ed25519PublicKeyParameters ed25519Key;

  private JWSHeader rs256Header;
  private byte[] rs256Input;
  private Base64URL rs256Signature;
  private RSASSAVerifier rs256Verifier;

  @Setup
  public void setUp() throws JOSEException, ParseException {
    JWK ec = Fixtures.key(JwsAlgorithm.ES256);
    JWSObject es256 = JWSObject.parse(Fixtures.signedCredential(ec));
    es256Input = es256.getSigningInput();
    es256Header = es256.getHeader();
    es256Signature = es256.getSignature();
    byte[] rs = es256Signature.decode();
    es256R = new BigInteger(1, Arrays.copyOfRange(rs, 0, ES256_HALF));
    es256S = new BigInteger(1, Arrays.copyOfRange(rs, ES256_HALF, 2 * ES256_HALF));
    X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
    p256 = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    ECKey ecPublic = ec.toECKey().toPublicJWK();
    es256X = ecPublic.getX().decodeToBigInteger();
    es256Y = ecPublic.getY().decodeToBigInteger();
    es256BcKey = es256PublicKey();
    es256JdkVerifier = new ECDSAVerifier(ecPublic);

    JWK ed = Fixtures.key(JwsAlgorithm.EdDSA);
    JWSObject ed25519 = JWSObject.parse(Fixtures.signedCredential(ed));
    ed25519Input = ed25519.getSigningInput();
    ed25519Signature = ed25519.getSignature().decode();
    ed25519Key = new Ed25519PublicKeyParameters(ed.toOctetKeyPair().getDecodedX(), 0);

    JWK rsa = Fixtures.key(JwsAlgorithm.RS256);
    JWSObject rs256 = JWSObject.parse(Fixtures.signedCredential(rsa));
    rs256Header = rs256.getHeader();
    rs256Input = rs256.getSigningInput();
    rs256Signature = rs256.getSignature();
    rs256Verifier = new RSASSAVerifier(rsa.toRSAKey().toPublicJWK());

    Checks.require(es256Bc() && es256BcCachedKey() && es256Jdk() && ed25519Bc() && rs256Jdk(),
        "every raw verifier accepts its fixture");
  }

  /**
   * ES256 through BouncyCastle's lightweight API, the curve point made from the key's x and y on
   * each call as JwsVerifiers does (minus JWK and signature decoding).
   */
  @Benchmark
  public boolean es256Bc() {
    return es256Verify(es256PublicKey());
  }

  /**
   * As {@link #es256Bc} but with one key object reused: BouncyCastle then keeps its wNAF
   * precomputation for the public point between calls.
   */
  @Benchmark
  public boolean es256BcCachedKey() {
    return es256Verify(es256BcKey);
  }

  /** ES256 through nimbus's ECDSAVerifier and the JDK's default provider (SunEC): the baseline. */
  @Benchmark
  public boolean es256Jdk() throws JOSEException {
    return es256JdkVerifier.verify(es256Header, es256Input, es256Signature);
  }

  /** Ed25519 through BouncyCastle's Ed25519Signer (SHA-512 is part of the algorithm). */
  @Benchmark
  public boolean ed25519Bc() {
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, ed25519Key);
    verifier.update(ed25519Input, 0, ed25519Input.length);
    return verifier.verifySignature(ed25519Signature);
  }

  /** RS256 (2048-bit) through nimbus's RSASSAVerifier and the JDK. */
  @Benchmark
  public boolean rs256Jdk() throws JOSEException {
    return rs256Verifier.verify(rs256Header, rs256Input, rs256Signature);
  }

  private ECPublicKeyParameters es256PublicKey() {
    return new ECPublicKeyParameters(p256.getCurve().validatePoint(es256X, es256Y), p256);
  }

  private boolean es256Verify(ECPublicKeyParameters key) {
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, key);
    return verifier.verifySignature(sha256(es256Input), es256R, es256S);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
