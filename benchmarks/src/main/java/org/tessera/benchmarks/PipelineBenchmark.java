package org.tessera.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One ES256 credential through every offline check (see {@link SharedPipeline}): the figure to
 * compare with the raw signature cost and with Node's jose.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

  private PipelineFixture fixture;

  @Setup
  public void setUp() {
    fixture = PipelineFixture.create();
    Checks.require(sharedPipeline(), "the sample credential passes the composed pipeline");
  }

  @Benchmark
  public boolean sharedPipeline() {
    return fixture.pipeline().verify(fixture.compactJwt());
  }
}
