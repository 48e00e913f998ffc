package org.tessera.benchmarks;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;

/**
 * {@link JwsVerifiers#verify} on an already parsed credential JWT: the raw signature plus the
 * algorithm/key checks and the JWK-to-curve-point conversion it does on every call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JwsVerifiersBenchmark {

  @Param({"ES256", "EdDSA", "RS256"})
  public String alg;

  private JwsAlgorithm algorithm;
  private JWSObject jws;
  private JWK publicKey;

  @Setup
  public void setUp() throws ParseException {
    algorithm = JwsAlgorithm.valueOf(alg);
    JWK key = Fixtures.key(algorithm);
    jws = JWSObject.parse(Fixtures.signedCredential(key));
    publicKey = key.toPublicJWK();
    Checks.require(verify(), alg + " signature verifies");
  }

  @Benchmark
  public boolean verify() {
    return JwsVerifiers.verify(jws, publicKey, algorithm);
  }
}
