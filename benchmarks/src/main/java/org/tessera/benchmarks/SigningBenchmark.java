package org.tessera.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;

/**
 * The cost of one ES256 signature over a credential's signing input, keys decoded once. {@link
 * #es256Tessera} is what the issuer signs with ({@code JwsSigners}: BouncyCastle's lightweight
 * ECDSA, prepared key); {@link #es256JcaBouncyCastle} is the path it replaced (nimbus through
 * BouncyCastle's JCA provider, which rebuilt the curve tables per signature); {@link #es256Jdk}
 * is nimbus on the JDK's SunEC. Each call signs a different input (a counter in the payload),
 * as an issuer does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

  private final AtomicInteger counter = new AtomicInteger();
  private JWSHeader header;
  private byte[] signingInput;
  private JWSSigner tessera;
  private JWSSigner jcaBouncyCastle;
  private JWSSigner jdk;

  @Setup
  public void setUp() throws JOSEException, ParseException {
    ECKey key = (ECKey) Fixtures.key(JwsAlgorithm.ES256);
    JWSObject credential = JWSObject.parse(Fixtures.signedCredential(key));
    header = credential.getHeader();
    signingInput = credential.getSigningInput();
    tessera = JwsSigners.forKey(key);
    ECDSASigner viaProvider = new ECDSASigner(key);
    viaProvider.getJCAContext().setProvider(new BouncyCastleProvider());
    jcaBouncyCastle = viaProvider;
    jdk = new ECDSASigner(key);
    if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
      throw new IllegalStateException("fixture is not ES256");
    }
  }

  private byte[] nextInput() {
    byte[] input = signingInput.clone();
    int n = counter.incrementAndGet();
    // Vary the last four characters: every signature is over a message never signed before.
    for (int i = 1; i <= 4; i++) {
      input[input.length - i] = (byte) ('A' + ((n >>> (5 * (i - 1))) & 0x1f) % 26);
    }
    return input;
  }

  @Benchmark
  public Base64URL es256Tessera() throws JOSEException {
    return tessera.sign(header, nextInput());
  }

  @Benchmark
  public Base64URL es256JcaBouncyCastle() throws JOSEException {
    return jcaBouncyCastle.sign(header, nextInput());
  }

  @Benchmark
  public Base64URL es256Jdk() throws JOSEException {
    return jdk.sign(header, nextInput());
  }
}
