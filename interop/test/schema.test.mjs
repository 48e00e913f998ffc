// The issued credential checked with ajv against the OB 3.0 AchievementCredential schema and the
// Tessera CMF schema. The OB schema allows additional properties, so the JWT payload (the
// credential plus iss/sub/jti/nbf) is validated as it is, and the bare credential too.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { credentialValidator } from '../ajv/schemas.mjs';
import { LEARNER, issueFresh } from '../lib/issuer.mjs';

const validate = credentialValidator();

function assertValid(json) {
  const results = validate(json);
  assert.equal(results.length, 2);
  for (const { label, valid, errors } of results) {
    assert.ok(valid, `${label}: ${errors.join('; ')}`);
  }
}

function failedLabels(json) {
  return validate(json).filter((r) => !r.valid).map((r) => r.label);
}

describe('issued credential against the OB 3.0 and CMF schemas (ajv)', () => {
  let issued;

  before(async () => {
    issued = await issueFresh();
  });

  test('the JWT payload, JWT claims included, passes both schemas', () => {
    assert.ok(issued.payload.iss && issued.payload.jti, 'payload carries the JWT claims');
    assertValid(issued.payload);
  });

  test('the credential without JWT claims passes both schemas', () => {
    assertValid(issued.credential);
  });

  test('credentialSchema lists both schemas', () => {
    const ids = issued.credential.credentialSchema.map((s) => s.id);
    assert.deepEqual(ids, [
      'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
      'https://w3id.org/tessera/schemas/cmf-v1.json',
    ]);
    assert.ok(issued.credential.credentialSchema.every(
      (s) => s.type === '1EdTechJsonSchemaValidator2019'));
  });

  test('the learner e-mail is only present as an OB 3.0 salted SHA-256 hash', () => {
    const text = JSON.stringify(issued.payload);
    assert.ok(!text.includes(LEARNER.email), 'plain e-mail in the credential');
    const email = issued.credential.credentialSubject.identifier
      .find((i) => i.identityType === 'emailAddress');
    assert.equal(email.hashed, true);
    const expected = createHash('sha256').update(LEARNER.email + email.salt).digest('hex');
    assert.equal(email.identityHash, `sha256$${expected}`);
  });

  test('the validators are live: broken copies fail the schema they break', () => {
    const noSubject = structuredClone(issued.credential);
    delete noSubject.credentialSubject;
    assert.deepEqual(failedLabels(noSubject), ['OB 3.0 AchievementCredential', 'Tessera CMF v1']);

    const noCmf = structuredClone(issued.credential);
    delete noCmf.credentialSubject.achievement.microCredential;
    assert.deepEqual(failedLabels(noCmf), ['Tessera CMF v1']);

    const plainEmail = structuredClone(issued.credential);
    plainEmail.credentialSubject.identifier.push(
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: 'x@example.org' });
    assert.deepEqual(failedLabels(plainEmail), ['Tessera CMF v1']);
  });
});
