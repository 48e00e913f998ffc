// Prints the docs/BENCHMARKS.md tables from JMH JSON results and the Node result.
//
// Each operation's cost is its CPU time per operation in its BEST iteration (JMH: the
// CpuTimeProfiler secondary metric; Node: process.cpuUsage per round). The machine is shared
// with other jobs: they stretch wall-clock time a lot and CPU time a little, and only ever make
// an iteration slower, so the best CPU figure is the closest to the operation's own cost.
// Wall-clock throughput (best iteration and mean ± JMH's 99.9% error) is shown beside it.
//
// usage: node summary.mjs <node-result.json> <jmh-result.json>...
import { readFileSync } from 'node:fs';

const [nodeFile, ...jmhFiles] = process.argv.slice(2);
if (!nodeFile || jmhFiles.length === 0) {
  console.error('usage: node summary.mjs <node-result.json> <jmh-result.json>...');
  process.exit(2);
}
const jmh = jmhFiles.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')));
const node = JSON.parse(readFileSync(nodeFile, 'utf8'));

const rows = new Map();
for (const run of jmh) {
  const method = run.benchmark.replace('org.tessera.benchmarks.', '');
  const params = Object.values(run.params ?? {});
  const name = params.length ? `${method} [${params.join(',')}]` : method;
  const cpu = run.secondaryMetrics?.['cpu.ns/op'];
  rows.set(name, {
    cpuNs: cpu ? Math.min(...cpu.rawData.flat()) : NaN,
    bestOps: Math.max(...run.primaryMetric.rawData.flat()),
    mean: run.primaryMetric.score,
    error: run.primaryMetric.scoreError,
  });
}
for (const [name, result] of Object.entries(node.cases)) {
  rows.set(`node jose ${node.jose} ${name}`, {
    cpuNs: Math.min(...result.cpuNsPerOp),
    bestOps: Math.max(...result.rounds),
    mean: result.rounds.reduce((a, b) => a + b, 0) / result.rounds.length,
    error: NaN,
  });
}

const base = rows.get('SignatureBenchmark.es256Bc');
if (!base || !Number.isFinite(base.cpuNs)) {
  console.error('no CPU figure for SignatureBenchmark.es256Bc: run JMH with -prof org.tessera.benchmarks.CpuTimeProfiler');
  process.exit(1);
}
const fmt = (n, digits = 0) => (Number.isFinite(n)
  ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');

console.log('| operation | CPU µs/op | ops per CPU-second | cost in raw ES256 BC verifies | wall ops/s, best | wall ops/s, mean ± 99.9% |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, r] of rows) {
  const err = Number.isFinite(r.error) ? ` ± ${fmt(r.error)}` : '';
  console.log(`| ${name} | ${fmt(r.cpuNs / 1000, 1)} | ${fmt(1e9 / r.cpuNs)} | ${fmt(r.cpuNs / base.cpuNs, 2)} `
    + `| ${fmt(r.bestOps)} | ${fmt(r.mean)}${err} |`);
}

const ratio = (label, a, b) => {
  const x = rows.get(a);
  const y = rows.get(b);
  if (x && y) {
    console.log(`| ${label} | ${fmt(y.cpuNs / x.cpuNs, 2)} |`);
  }
};
const nodeVerify = `node jose ${node.jose} compactVerify`;
const nodeJwt = `node jose ${node.jose} jwtVerify`;
console.log('');
console.log('| speed ratio A / B (from CPU time per op) | value |');
console.log('|---|---:|');
ratio('ES256: raw BouncyCastle / JDK SunEC via nimbus', 'SignatureBenchmark.es256Bc', 'SignatureBenchmark.es256Jdk');
ratio('ES256: BouncyCastle with a reused key object / new key per call', 'SignatureBenchmark.es256BcCachedKey', 'SignatureBenchmark.es256Bc');
ratio('ES256: JwsVerifiers.verify / JDK SunEC via nimbus', 'JwsVerifiersBenchmark.verify [ES256]', 'SignatureBenchmark.es256Jdk');
ratio('ES256: JwsVerifiers.verify / raw BouncyCastle', 'JwsVerifiersBenchmark.verify [ES256]', 'SignatureBenchmark.es256Bc');
ratio('ES256: raw BouncyCastle / Node jose compactVerify', 'SignatureBenchmark.es256Bc', nodeVerify);
ratio('ES256: BouncyCastle reused key / Node jose compactVerify', 'SignatureBenchmark.es256BcCachedKey', nodeVerify);
ratio('ES256: JwsVerifiers.verify / Node jose compactVerify', 'JwsVerifiersBenchmark.verify [ES256]', nodeVerify);
ratio('verifier pipeline / raw ES256 BouncyCastle', 'VerifierPipelineBenchmark.verify', 'SignatureBenchmark.es256Bc');
ratio('verifier pipeline / Node jose jwtVerify', 'VerifierPipelineBenchmark.verify', nodeJwt);
ratio('verifier pipeline / Node jose compactVerify', 'VerifierPipelineBenchmark.verify', nodeVerify);
