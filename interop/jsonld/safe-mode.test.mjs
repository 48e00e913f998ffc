// jsonld.js (safe mode) over verifier/src/test/resources/vectors/jsonld-safe-mode: every document
// must get the verdict expected.json gives, which JsonLdSafeModeEquivalenceTest asks of the
// verifier's JSON-LD check too (run by interop/run.sh with the other suites). Contexts come from the bundled copies only (no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeModeAccepts } from '../lib/jsonld-safe.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VECTORS = join(ROOT, 'verifier/src/test/resources/vectors/jsonld-safe-mode');

const expected = JSON.parse(readFileSync(join(VECTORS, 'expected.json'), 'utf8'));
const documents = readdirSync(VECTORS).filter((f) => f !== 'expected.json' && f.endsWith('.json'));

test('expected.json gives a verdict for every document', () => {
  assert.deepEqual(Object.keys(expected).sort(), documents.map((f) => f.replace(/\.json$/, '')).sort());
});

for (const file of documents) {
  const name = file.replace(/\.json$/, '');
  test(`jsonld.js safe mode: ${name}`, async () => {
    const document = JSON.parse(readFileSync(join(VECTORS, file), 'utf8'));
    // "refused-by-tessera-only": Tessera is stricter (a key must become an http(s) IRI).
    assert.equal(await safeModeAccepts(document), expected[name] !== 'refused', name);
  });
}
