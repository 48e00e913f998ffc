// Everything the Tessera issuer signs is JSON-LD that an independent processor reads: jsonld.js
// in safe mode expands each credential (with and without suspension) and its status list
// credentials without dropping a term, a value or a type (contexts from the bundled copies);
// so does the verifier's receipt for such a credential, JWT claims and all.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt } from 'jose';
import { VERIFIER_URL, createAchievement, getPublic, issue } from '../lib/issuer.mjs';
import { safeModeError } from '../lib/jsonld-safe.mjs';

/**
 * Registered JWT claims beside the credential: VC-JOSE-COSE §3.1.3 says they "are to be
 * interpreted as defined by the specifications referenced in the registries", not as JSON-LD.
 */
const JWT_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'cnf'];

/** The credential a compact VC-JWT secures: the payload without its JWT claims, or `vc`. */
function securedDocument(jwt) {
  const payload = decodeJwt(jwt);
  if (payload.vc) {
    return payload.vc;
  }
  return Object.fromEntries(Object.entries(payload).filter(([k]) => !JWT_CLAIMS.includes(k)));
}

async function assertExpands(document, what) {
  assert.equal(await safeModeError(document), undefined, `${what} must expand in safe mode`);
}

describe('issued credentials expand with jsonld.js in safe mode', () => {
  for (const suspension of [false, true]) {
    test(`credential and its status lists (suspension ${suspension})`, async () => {
      const achievement = await createAchievement({ suspension });
      const issued = await issue(achievement.id);
      await assertExpands(securedDocument(issued.jwt), 'the credential');

      const entries = [issued.credential.credentialStatus].flat();
      assert.equal(entries.length, suspension ? 2 : 1);
      for (const entry of entries) {
        const list = await (await getPublic(entry.statusListCredential)).text();
        await assertExpands(securedDocument(list.trim()), `the ${entry.statusPurpose} list`);
      }
    });
  }

  test('the verifier\'s receipt, whole payload', async () => {
    const issued = await issue((await createAchievement()).id);
    const response = await fetch(`${VERIFIER_URL}/receipts`, {
      method: 'POST', body: new URLSearchParams({ credential: issued.jwt }) });
    assert.equal(response.status, 200);
    const receipt = decodeJwt((await response.text()).trim());
    assert.equal(receipt.verdict, 'valid');
    await assertExpands(receipt, 'the receipt');
  });

  test('the achievement published at its id', async () => {
    const issued = await issue((await createAchievement()).id);
    const achievement = await (await getPublic(
      issued.credential.credentialSubject.achievement.id)).json();
    await assertExpands(achievement, 'the public achievement');
  });
});
