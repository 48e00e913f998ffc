package org.tessera.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tessera.shared.status.BitstringStatusList;

/** Decoding a status list (base64url, bounded GUNZIP) of the minimum size and of eight times it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StatusListBenchmark {

  @Param({"131072", "1048576"})
  public int entries;

  private String encoded;
  private int maxBytes;

  @Setup
  public void setUp() {
    encoded = Fixtures.encodedStatusList(entries);
    maxBytes = entries / 8;
    Checks.require(decode().size() == entries, "the list decodes to its size");
  }

  @Benchmark
  public BitstringStatusList decode() {
    return BitstringStatusList.decode(encoded, maxBytes);
  }
}
