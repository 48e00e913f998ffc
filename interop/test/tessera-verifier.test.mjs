// The Tessera verifier's HTTP API (POST /credentials/verify) on credentials from the issuer and
// on credentials that `jose` signed with keys the trust list does not know.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import {
  check, codes, issueFresh, revoke, statusListTtlMillis, verifyUntil, verifyWithTessera,
} from '../lib/issuer.mjs';

const MAX_TEST_TTL_MS = 5_000;

/** Signs `credential` as an OB 3.0 JWT with a fresh key; `kid` defaults to did:jwk#0. */
async function signWithJose(credential, { kid } = {}) {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const did = `did:jwk:${Buffer.from(JSON.stringify(await exportJWK(publicKey))).toString('base64url')}`;
  const issuerId = kid ? kid.split('#')[0] : did;
  const body = structuredClone(credential);
  body.issuer.id = issuerId;
  body.credentialSubject.achievement.creator.id = issuerId;
  return new SignJWT({ ...body })
    .setProtectedHeader({ alg: 'ES256', kid: kid ?? `${did}#0`, typ: 'JWT' })
    .setIssuer(issuerId)
    .setSubject(body.credentialSubject.id)
    .setJti(body.id)
    .setNotBefore(Math.floor(Date.parse(body.validFrom) / 1000))
    .sign(privateKey);
}

describe('Tessera verifier HTTP API', () => {
  let issued;

  before(async () => {
    issued = await issueFresh();
  });

  test('a fresh credential is verified, trusted, not revoked and CMF conformant', async () => {
    const { status, report } = await verifyWithTessera(issued.jwt);
    assert.equal(status, 200);
    assert.equal(report.verified, true, JSON.stringify(report.errors));
    assert.deepEqual(report.errors, []);
    for (const id of ['signature', 'claims', 'schema', 'jsonld', 'trust', 'status']) {
      assert.equal(check(report, id)?.status, 'passed', `${id}: ${JSON.stringify(check(report, id))}`);
    }
    assert.equal(report.issuer.id, issued.credential.issuer.id);
    assert.equal(report.cmf.conformant, true);
  });

  test('the same credential after revocation: not verified, REVOKED (once the cache expires)',
    async () => {
      await revoke(issued.id);
      // The verifier may cache the list for its ttl (run.sh sets ISSUER_STATUS_TTL=1000 ms):
      // it must report REVOKED at the latest shortly after that.
      const ttl = await statusListTtlMillis(issued.credential);
      assert.ok(ttl <= MAX_TEST_TTL_MS, `status list ttl ${ttl} ms: start the issuer with a short ttl`);
      const { status, report } = await verifyUntil(issued.jwt,
        (r) => !r.report.verified, Date.now() + ttl + 2_000);
      assert.equal(status, 400);
      assert.equal(report.verified, false);
      assert.deepEqual(codes(report), ['REVOKED']);
      assert.equal(check(report, 'signature').status, 'passed');
    });

  test('signed by jose with an untrusted did:jwk key: signature passes, issuer not trusted',
    async () => {
      const credential = structuredClone(issued.credential);
      delete credential.credentialStatus; // the foreign issuer publishes no status list
      const jwt = await signWithJose(credential);
      const { status, report } = await verifyWithTessera(jwt);
      assert.equal(status, 400);
      assert.equal(report.verified, false);
      assert.equal(check(report, 'signature').status, 'passed',
        'Tessera verifies a jose ES256 signature');
      assert.ok(codes(report).includes('ISSUER_NOT_TRUSTED'), JSON.stringify(codes(report)));
    });

  test('signed by jose under the trusted issuer DID with an unknown kid: KEY_NOT_FOUND',
    async () => {
      const kid = `${issued.credential.issuer.id}#rogue-key`;
      const jwt = await signWithJose(issued.credential, { kid });
      const { report } = await verifyWithTessera(jwt);
      assert.equal(report.verified, false);
      assert.ok(codes(report).includes('KEY_NOT_FOUND'), JSON.stringify(codes(report)));
    });

  test('signed by jose under the trusted issuer kid with another key: SIGNATURE_INVALID',
    async () => {
      const jwt = await signWithJose(issued.credential, { kid: issued.header.kid });
      const { report } = await verifyWithTessera(jwt);
      assert.equal(report.verified, false);
      assert.ok(codes(report).includes('SIGNATURE_INVALID'), JSON.stringify(codes(report)));
    });
});
