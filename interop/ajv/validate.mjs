// Validates a credential JSON file with ajv (an implementation independent of Tessera's Java
// validator) against the bundled OB 3.0 AchievementCredential schema and the Tessera CMF schema.
// Usage: node ajv/validate.mjs <credential.json>   Exit 0 when both pass, 1 otherwise, 2 on usage errors.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = resolve(here, '../../src-shared/src/main/resources/org/tessera/shared/schemas');
const schemas = [
  ['OB 3.0 AchievementCredential', 'ob_v3p0_achievementcredential_schema.json'],
  ['Tessera CMF v1', 'cmf-v1.json'],
];

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node ajv/validate.mjs <credential.json>');
  process.exit(2);
}

let credential;
try {
  credential = readJson(file);
} catch (e) {
  console.error(`cannot read ${file}: ${e.message}`);
  process.exit(2);
}

// strict: false because the OB schema uses the draft 2019-09 array form of "items" with
// "additionalItems", which ajv's strict mode reports as a warning-level schema issue.
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);

let failed = 0;
for (const [label, name] of schemas) {
  const validate = ajv.compile(readJson(resolve(schemaDir, name)));
  if (validate(credential)) {
    console.log(`PASS ${label}`);
  } else {
    failed++;
    console.log(`FAIL ${label}`);
    for (const err of validate.errors) {
      console.log(`  ${err.instancePath || '/'} ${err.message}`);
    }
  }
}
console.log(`${schemas.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
