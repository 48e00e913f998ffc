// jsonld.js (safe mode) over verifier/src/test/resources/vectors/jsonld-safe-mode: every document
// must get the verdict expected.json gives, which JsonLdSafeModeEquivalenceTest asks of the
// verifier's JSON-LD check too (run by interop/run.sh with the other suites). Contexts come from the bundled copies only (no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VECTORS = join(ROOT, 'verifier/src/test/resources/vectors/jsonld-safe-mode');
const CONTEXTS = join(ROOT, 'src-shared/src/main/resources/org/tessera/shared/contexts');
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/';
const BUNDLED = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://www.w3.org/ns/credentials/status/v1': 'bitstring-status-list-v1.jsonld',
  [`${OB}context.json`]: 'context-3.0.0.json',
  [`${OB}context-3.0.0.json`]: 'context-3.0.0.json',
  [`${OB}context-3.0.1.json`]: 'context-3.0.1.json',
  [`${OB}context-3.0.2.json`]: 'context-3.0.2.json',
  [`${OB}context-3.0.3.json`]: 'context-3.0.3.json',
  [`${OB}extensions.json`]: 'extensions.json',
  'https://w3id.org/security/data-integrity/v1': 'data-integrity-v1.jsonld',
  'https://w3id.org/tessera/contexts/cmf-v1.jsonld': 'cmf-v1.jsonld',
};

async function documentLoader(url) {
  const file = BUNDLED[url];
  if (!file) {
    throw new Error(`not bundled: ${url}`);
  }
  return { contextUrl: null, documentUrl: url,
    document: JSON.parse(readFileSync(join(CONTEXTS, file), 'utf8')) };
}

/** True when jsonld.js in safe mode expands the document without an error. */
export async function safeModeAccepts(document) {
  try {
    await jsonld.expand(document, { documentLoader, safe: true });
    return true;
  } catch {
    return false;
  }
}

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
