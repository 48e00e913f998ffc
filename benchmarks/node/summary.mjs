// Prints the docs/BENCHMARKS.md table from JMH JSON results and the Node result: ops/s, time per
// operation, and each operation's cost in raw ES256 (BouncyCastle) verifies.
//
// Ratios use each benchmark's BEST measured iteration (Node: best round): on a machine shared
// with other jobs, interference only ever slows an iteration down, so the best one is the
// closest to the operation's own cost. The mean and JMH's 99.9% error are shown beside it.
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
  const iterations = run.primaryMetric.rawData.flat();
  rows.set(name, { ops: Math.max(...iterations), mean: run.primaryMetric.score, error: run.primaryMetric.scoreError });
}
for (const [name, result] of Object.entries(node.cases)) {
  const mean = result.rounds.reduce((a, b) => a + b, 0) / result.rounds.length;
  rows.set(`node jose ${node.jose} ${name}`, { ops: Math.max(...result.rounds), mean, error: NaN });
}

const base = rows.get('SignatureBenchmark.es256Bc');
if (!base) {
  console.error('no SignatureBenchmark.es256Bc in the JMH result: cannot compute ratios');
  process.exit(1);
}
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log('| operation | best ops/s | µs/op (best) | cost in raw ES256 BC verifies | mean ops/s ± 99.9% |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, { ops, mean, error }] of rows) {
  const err = Number.isFinite(error) ? ` ± ${fmt(error)}` : '';
  console.log(`| ${name} | ${fmt(ops)} | ${fmt(1e6 / ops, 1)} | ${fmt(base.ops / ops, 2)} | ${fmt(mean)}${err} |`);
}

const ratio = (label, a, b) => {
  const x = rows.get(a);
  const y = rows.get(b);
  if (x && y) {
    console.log(`| ${label} | ${fmt(x.ops / y.ops, 2)} |`);
  }
};
const nodeVerify = `node jose ${node.jose} compactVerify`;
const nodeJwt = `node jose ${node.jose} jwtVerify`;
console.log('');
console.log('| ratio (best throughput A / B) | value |');
console.log('|---|---:|');
ratio('ES256 raw: BouncyCastle / JDK SunEC (nimbus)', 'SignatureBenchmark.es256Bc', 'SignatureBenchmark.es256Jdk');
ratio('ES256 raw: BouncyCastle, reused key / new key per call', 'SignatureBenchmark.es256BcCachedKey', 'SignatureBenchmark.es256Bc');
ratio('ES256 raw: BouncyCastle reused key / Node jose compactVerify', 'SignatureBenchmark.es256BcCachedKey', nodeVerify);
ratio('JwsVerifiers.verify ES256 / JDK SunEC (nimbus)', 'JwsVerifiersBenchmark.verify [ES256]', 'SignatureBenchmark.es256Jdk');
ratio('JwsVerifiers.verify ES256 / raw ES256 BC', 'JwsVerifiersBenchmark.verify [ES256]', 'SignatureBenchmark.es256Bc');
ratio('JwsVerifiers.verify ES256 / Node jose compactVerify', 'JwsVerifiersBenchmark.verify [ES256]', nodeVerify);
ratio('raw ES256 BC / Node jose compactVerify', 'SignatureBenchmark.es256Bc', nodeVerify);
ratio('verifier pipeline / raw ES256 BC', 'VerifierPipelineBenchmark.verify', 'SignatureBenchmark.es256Bc');
ratio('verifier pipeline / Node jose jwtVerify', 'VerifierPipelineBenchmark.verify', nodeJwt);
ratio('verifier pipeline / Node jose compactVerify', 'VerifierPipelineBenchmark.verify', nodeVerify);
