package org.tessera.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The verifier module's full offline pipeline (see {@link VerifierFixture}): every check of
 * DESIGN §8 and the report, no network. {@link #verify} repeats one credential; {@link
 * #verifyDistinct} cycles through {@value VerifierFixture#DISTINCT} credentials that differ as
 * real ones do (ids, learner, status index), so no per-credential cache can hit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifierPipelineBenchmark {

  private Path dir;
  private VerifierFixture fixture;
  private final AtomicInteger next = new AtomicInteger();

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("tessera-bench");
    fixture = VerifierFixture.create(dir);
    Checks.require(verify().verified(), "the verifier accepts the sample credential");
    int warmFetches = fixture.fetcher().fetches();
    Checks.require(verify().verified() && fixture.fetcher().fetches() == warmFetches,
        "a second verification is served from the verifier's caches");
    for (String jwt : fixture.distinctJwts()) {
      Checks.require(fixture.verifier().verify(jwt).verified(), "every distinct credential verifies");
    }
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

  @Benchmark
  public VerificationReport verifyDistinct() {
    List<String> jwts = fixture.distinctJwts();
    return fixture.verifier().verify(jwts.get(Math.floorMod(next.getAndIncrement(), jwts.size())));
  }
}
