// Validates a credential JSON file with ajv (an implementation independent of Tessera's Java
// validator) against the bundled OB 3.0 AchievementCredential schema and the Tessera CMF schema.
// Usage: node ajv/validate.mjs <credential.json>   Exit 0 when both pass, 1 otherwise, 2 on usage errors.
import { credentialValidator, readJson } from './schemas.mjs';

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

const results = credentialValidator()(credential);
for (const { label, valid, errors } of results) {
  console.log(`${valid ? 'PASS' : 'FAIL'} ${label}`);
  errors.forEach((error) => console.log(`  ${error}`));
}
const failed = results.filter((r) => !r.valid).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
