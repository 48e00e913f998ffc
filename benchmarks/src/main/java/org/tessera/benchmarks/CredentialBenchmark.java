package org.tessera.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tessera.shared.cmf.CmfConformance;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.jsonld.TermCheckResult;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.shared.schema.SchemaViolation;

/**
 * The per-credential checks of src-shared on the sample credential: JWT parsing, both JSON
 * Schemas, the offline JSON-LD term check and the CMF verdict. The validator and term check are
 * shared instances, warmed (schemas compiled, contexts processed) before measuring, as a
 * verifier service holds them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CredentialBenchmark {

  private String compactJwt;
  private ObjectNode credential;
  private CredentialSchemaValidator schemas;
  private JsonLdTermCheck terms;

  @Setup
  public void setUp() {
    compactJwt = Fixtures.signedCredential(Fixtures.key(JwsAlgorithm.ES256));
    credential = Fixtures.credential();
    schemas = new CredentialSchemaValidator();
    terms = new JsonLdTermCheck();
    Checks.require(parseJwt().isPresent(), "the sample JWT parses");
    Checks.require(schemaBoth().isEmpty(), "the sample passes both schemas");
    Checks.require(jsonLdTermCheck().ok(), "the sample passes the JSON-LD term check");
    Checks.require(cmfConformance().conformant(), "the sample is CMF conformant");
  }

  @Benchmark
  public Optional<ParsedCredentialJwt> parseJwt() {
    return CredentialJwt.parse(compactJwt);
  }

  @Benchmark
  public List<SchemaViolation> schemaBoth() {
    return schemas.validate(credential);
  }

  @Benchmark
  public TermCheckResult jsonLdTermCheck() {
    return terms.check(credential);
  }

  @Benchmark
  public CmfVerdict cmfConformance() {
    return CmfConformance.evaluate(credential, CmfPolicy.EU_CMF);
  }
}
