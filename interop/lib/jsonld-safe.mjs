// jsonld.js in safe mode with only the contexts Tessera bundles (no network): the independent
// JSON-LD processor the verifier's JSON-LD check is held against.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
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
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-context-2.0.1.json',
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
  return (await safeModeError(document)) === undefined;
}

/** Why jsonld.js in safe mode refuses the document; undefined when it expands. */
export async function safeModeError(document) {
  try {
    await jsonld.expand(document, { documentLoader, safe: true });
    return undefined;
  } catch (e) {
    // jsonld.js names the offending term or value in the event of a safe-mode refusal.
    const event = e.details?.event;
    return event ? `${e.message} ${event.code}: ${JSON.stringify(event.details)}` : String(e);
  }
}

