// jsonld.js (safe mode) over the genuine foreign vectors (verifier/src/test/resources/vectors/
// foreign): every credential the verifier accepts, the status lists they name and, for learner
// records, every credential embedded as a JWT expand without dropping anything. Bundled contexts
// only (no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { safeModeError } from '../lib/jsonld-safe.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VECTORS = join(ROOT, 'verifier/src/test/resources/vectors/foreign');
const JWT_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

/** The credential a compact VC-JWT secures: `vc`, or the payload without its JWT claims. */
function secured(jwt) {
  const payload = decodeJwt(jwt.trim());
  return payload.vc ?? Object.fromEntries(Object.entries(payload)
    .filter(([k]) => !JWT_CLAIMS.includes(k)));
}

/** The JWTs a learner record embeds (bare or enveloped). */
function embeddedJwts(credential) {
  const held = [credential.credentialSubject?.verifiableCredential ?? []].flat();
  return held.map((e) => (typeof e === 'string' ? e
    : e?.id?.startsWith('data:application/vc+jwt,') ? e.id.slice(24) : undefined)).filter(Boolean);
}

const genuine = readdirSync(VECTORS, { withFileTypes: true }).filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((n) => JSON.parse(readFileSync(join(VECTORS, n, 'expected.json'), 'utf8')).verified);

test('there are genuine vectors of every kind', () => {
  for (const kind of ['vc-claim', 'vc-jose-cose', 'endorsement', 'status', 'clr']) {
    assert.ok(genuine.some((n) => n.includes(kind)), kind);
  }
});

for (const name of genuine) {
  test(`jsonld.js safe mode: foreign vector ${name}`, async () => {
    const credential = secured(readFileSync(join(VECTORS, name, 'input.jwt'), 'utf8'));
    assert.equal(await safeModeError(credential), undefined, 'the credential');
    for (const [i, jwt] of embeddedJwts(credential).entries()) {
      assert.equal(await safeModeError(secured(jwt)), undefined, `embedded credential ${i + 1}`);
    }
    const list = join(VECTORS, name, 'status-list.jwt');
    if (existsSync(list)) {
      assert.equal(await safeModeError(secured(readFileSync(list, 'utf8'))), undefined, 'its status list');
    }
  });
}
