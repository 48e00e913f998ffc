// ajv (an implementation independent of Tessera's Java validator) compiled with the bundled
// OB 3.0 AchievementCredential schema and the Tessera CMF schema. Used by validate.mjs (CLI) and
// by the interop tests.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = resolve(here, '../../src-shared/src/main/resources/org/tessera/shared/schemas');
const SCHEMAS = [
  ['OB 3.0 AchievementCredential', 'ob_v3p0_achievementcredential_schema.json'],
  ['Tessera CMF v1', 'cmf-v1.json'],
];

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Compiles both schemas once; returns (json) => [{label, valid, errors: [text]}]. */
export function credentialValidator() {
  // strict: false because the OB schema uses the draft 2019-09 array form of "items" with
  // "additionalItems", which ajv's strict mode reports as a warning-level schema issue.
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = SCHEMAS.map(([label, name]) =>
    [label, ajv.compile(readJson(resolve(schemaDir, name)))]);
  return (json) => compiled.map(([label, validate]) => {
    const valid = validate(json);
    const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    return { label, valid, errors };
  });
}
