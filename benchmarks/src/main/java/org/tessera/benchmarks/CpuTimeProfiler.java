package org.tessera.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds the CPU time of the fork's Java threads per operation to each iteration ({@code -prof
 * org.tessera.benchmarks.CpuTimeProfiler}, secondary metric {@value #LABEL}). On a machine shared
 * with other jobs, wall-clock throughput drops whenever the benchmark thread waits for a core;
 * CPU time per operation hardly does, so docs/BENCHMARKS.md takes its ratios from it. JIT
 * compiler and GC threads are not Java threads and are not counted: a benchmark still compiling
 * would otherwise be charged for it.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  static final String LABEL = "cpu.ns/op";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> cpuAtStart = Map.of();

  @Override
  public String getDescription() {
    return "CPU time of the Java threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = cpuByThread();
  }

  @Override
  public Collection<ScalarResult> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = 0;
    for (Map.Entry<Long, Long> entry : cpuByThread().entrySet()) {
      cpu += entry.getValue() - cpuAtStart.getOrDefault(entry.getKey(), 0L);
    }
    // All ops, not only the measured ones: the CPU interval spans the whole iteration.
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpu <= 0) {
      return List.of();
    }
    return List.of(new ScalarResult(LABEL, (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }

  private Map<Long, Long> cpuByThread() {
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      long nanos = threads.getThreadCpuTime(id);
      if (nanos >= 0) {
        cpu.put(id, nanos);
      }
    }
    return cpu;
  }
}
