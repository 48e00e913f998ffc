package org.tessera.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds the process CPU time per operation to each iteration ({@code -prof
 * org.tessera.benchmarks.CpuTimeProfiler}, secondary metric {@value #LABEL}). On a machine shared
 * with other jobs, wall-clock throughput drops whenever the benchmark thread waits for a core;
 * CPU time per operation does not, so the ratios in docs/BENCHMARKS.md are taken from it. It
 * counts every thread of the fork (GC included, which is part of an operation's cost).
 */
public final class CpuTimeProfiler implements InternalProfiler {

  static final String LABEL = "cpu.ns/op";

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<ScalarResult> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuAtStart;
    // All ops, not only the measured ones: the CPU interval spans the whole iteration.
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpu <= 0) {
      return List.of();
    }
    return List.of(new ScalarResult(LABEL, (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }
}
