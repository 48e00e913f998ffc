package org.tessera.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tessera.verifier.pipeline.VerificationReport;

/**
 * The verifier module's full offline pipeline for one ES256 credential (see
 * {@link VerifierFixture}): every check of DESIGN §8 and the report, no network.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifierPipelineBenchmark {

  private Path dir;
  private VerifierFixture fixture;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("tessera-bench");
    fixture = VerifierFixture.create(dir);
    Checks.require(verify().verified(), "the verifier accepts the sample credential");
    int warmFetches = fixture.fetcher().fetches();
    Checks.require(verify().verified() && fixture.fetcher().fetches() == warmFetches,
        "a second verification is served from the verifier's caches");
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  public VerificationReport verify() {
    return fixture.verifier().verify(fixture.compactJwt());
  }
}
