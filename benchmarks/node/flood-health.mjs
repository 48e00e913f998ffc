// Load generator for issue #10 (docs/BENCHMARKS.md, "Flood and /health"): distinct self-made
// did:jwk credentials with 2,000 status entries each, posted by concurrent clients to a running
// verifier while /health is sampled every 100 ms; prints the answers by status and /health latency.
//
// usage: node flood-health.mjs [base URL, default http://127.0.0.1:8081] [requests] [clients]
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
const BASE = process.argv[2] ?? 'http://127.0.0.1:8081';
const N = Number(process.argv[3] ?? 48), C = Number(process.argv[4] ?? 16), ENTRIES = 2000;
const tokens = [];
for (let n = 0; n < N; n++) {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = await exportJWK(publicKey);
  const did = 'did:jwk:' + Buffer.from(JSON.stringify(jwk)).toString('base64url');
  const status = Array.from({ length: ENTRIES }, (_, i) => ({ type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation', statusListIndex: String(i),
    statusListCredential: `https://slow.example/status/${i}` }));
  const vc = { '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${crypto.randomUUID()}`, type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: did, type: ['Profile'], name: 'Flood' }, validFrom: '2026-01-01T00:00:00Z', name: 'x',
    credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'https://x.example/a', type: ['Achievement'], name: 'x', description: 'x', criteria: { narrative: 'x' } } },
    credentialStatus: status };
  tokens.push(await new SignJWT(vc).setProtectedHeader({ alg: 'EdDSA', kid: `${did}#0` }).sign(privateKey));
}
let next = 0; const codes = {};
async function client() {
  while (next < tokens.length) {
    const t = tokens[next++];
    const r = await fetch(BASE + '/credentials/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ verifiableCredential: t }) });
    codes[r.status] = (codes[r.status] ?? 0) + 1; await r.text();
  }
}
const started = Date.now();
const flood = Promise.all(Array.from({ length: C }, client));
const health = [];
await new Promise((r) => setTimeout(r, 300));
while (next < tokens.length) {
  const s = performance.now(); const r = await fetch(BASE + '/health'); await r.text();
  health.push(performance.now() - s); await new Promise((r) => setTimeout(r, 100));
}
await flood;
health.sort((a, b) => a - b);
console.log(JSON.stringify({ requests: N, clients: C, entries: ENTRIES, seconds: (Date.now() - started) / 1000, answers: codes,
  healthSamples: health.length, healthMedianMs: Math.round(health[Math.floor(health.length / 2)]), healthMaxMs: Math.round(health.at(-1)) }));
