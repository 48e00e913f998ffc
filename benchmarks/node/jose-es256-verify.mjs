// Node comparison for docs/BENCHMARKS.md: how fast does panva/jose verify the same ES256
// credential JWT that the JMH benchmarks verify? One thread (the event loop), a warm-up, then
// timed rounds; prints ops/s and process CPU time per operation (user + system, the figure other
// jobs on a shared machine disturb least) per round, and optionally writes them as JSON.
//
// usage: node jose-es256-verify.mjs <fixture dir> [result.json]
//   <fixture dir> holds es256.jwt and es256.public.jwk.json (written by ExportFixture).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactVerify, importJWK, jwtVerify } from 'jose';

const WARMUP_MS = 3000;
const ROUNDS = 5;
const ROUND_MS = 2000;

const [fixtureDir, resultFile] = process.argv.slice(2);
if (!fixtureDir) {
  console.error('usage: node jose-es256-verify.mjs <fixture dir> [result.json]');
  process.exit(2);
}
const jwt = readFileSync(join(fixtureDir, 'es256.jwt'), 'ascii').trim();
const jwk = JSON.parse(readFileSync(join(fixtureDir, 'es256.public.jwk.json'), 'ascii'));
const key = await importJWK(jwk, 'ES256');
// The sample credential is valid from 2025-03-01 to 2030-03-01; pin "now" inside that window.
const currentDate = new Date('2026-01-15T12:00:00Z');

const cases = {
  // Signature only: base64url decoding and ECDSA P-256 through node:crypto (OpenSSL).
  compactVerify: () => compactVerify(jwt, key, { algorithms: ['ES256'] }),
  // Signature plus JSON payload parsing and nbf/exp checks: closer to parse + verify in Java.
  jwtVerify: () => jwtVerify(jwt, key, { algorithms: ['ES256'], currentDate }),
};

async function runFor(fn, ms) {
  let ops = 0;
  const cpuAtStart = process.cpuUsage();
  const start = performance.now();
  const end = start + ms;
  let now = start;
  while (now < end) {
    // Batches keep the clock reads out of the measured cost.
    for (let i = 0; i < 50; i++) {
      await fn();
    }
    ops += 50;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpuAtStart);
  return { opsPerSecond: ops / ((now - start) / 1000), cpuNsPerOp: ((cpu.user + cpu.system) * 1000) / ops };
}

const results = {
  node: process.version,
  jose: JSON.parse(readFileSync(new URL('./node_modules/jose/package.json', import.meta.url))).version,
  jwtChars: jwt.length,
  cases: {},
};
for (const [name, fn] of Object.entries(cases)) {
  await fn(); // fails loudly if the fixture does not verify
  await runFor(fn, WARMUP_MS);
  const measured = [];
  for (let r = 0; r < ROUNDS; r++) {
    measured.push(await runFor(fn, ROUND_MS));
  }
  const rounds = measured.map((m) => m.opsPerSecond);
  const cpuNsPerOp = measured.map((m) => m.cpuNsPerOp);
  const median = [...rounds].sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
  results.cases[name] = { median, rounds, cpuNsPerOp };
  console.log(`jose ${name}: ${median.toFixed(0)} ops/s median; per round ops/s `
    + `${rounds.map((v) => v.toFixed(0)).join(', ')}; CPU µs/op ${cpuNsPerOp.map((v) => (v / 1000).toFixed(1)).join(', ')}`);
}
if (resultFile) {
  writeFileSync(resultFile, JSON.stringify(results, null, 2));
}
