#!/usr/bin/env bash
# Runs the Tessera benchmarks (docs/BENCHMARKS.md): JMH over src-shared (one thread, one fork)
# and the Node jose comparison, then prints the summary table with ratios.
# Needs: JDK 17, Maven, Node 18+ with npm. Takes about 6 minutes on 2 cores.
#
#   scripts/bench.sh             # everything
#   scripts/bench.sh Signature   # single-operation benchmarks matching a regexp only
set -euo pipefail
cd "$(dirname "$0")/.."

out=benchmarks/target
filter=${1:-}
# Modest iterations keep the whole run short; the ratios are what we report. One fork, one thread.
# CpuTimeProfiler adds CPU time per operation, which other jobs on the machine disturb far less
# than wall-clock throughput; the summary's ratios use it.
common=(-f 1 -t 1 -i 5 -r 2s -bm thrpt -tu s -prof org.tessera.benchmarks.CpuTimeProfiler)

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== build (mvn -Pbench -pl benchmarks -am package)"
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests

echo "== fixture for Node"
java -cp "$out/benchmarks.jar" org.tessera.benchmarks.ExportFixture "$out/fixture"

echo "== JMH: single operations"
rm -f "$out"/jmh-*.json
java -jar "$out/benchmarks.jar" "${filter:-.}" -e PipelineBenchmark "${common[@]}" -wi 3 -w 2s \
  -rf json -rff "$out/jmh-ops.json" | tee "$out/jmh-ops.txt"
if [[ -z "$filter" ]]; then
  # The verifier pipeline runs far more code (titanium, the schema validator, BouncyCastle,
  # the report) and needs a longer warm-up before its throughput settles.
  echo "== JMH: verifier pipeline"
  java -jar "$out/benchmarks.jar" "VerifierPipelineBenchmark" "${common[@]}" -wi 10 -w 3s \
    -rf json -rff "$out/jmh-pipeline.json" | tee "$out/jmh-pipeline.txt"
fi

echo "== Node jose"
(cd benchmarks/node && npm ci --no-audit --no-fund --silent)
node benchmarks/node/jose-es256-verify.mjs "$out/fixture" "$out/node-result.json"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== summary ($(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version), $(date -u +%Y-%m-%dT%H:%MZ))"
node benchmarks/node/summary.mjs "$out/node-result.json" "$out"/jmh-*.json | tee "$out/summary.md"
