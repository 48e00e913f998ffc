// Presentations built by independent libraries and signed with the sample learner key
// (keys-sample/wallet/learner.jwk, did:key): the Tessera verifier's POST /presentations/verify
// accepts two credentials from two institutions at once, holder bound, and refuses the same
// presentation under another nonce and a second time (replay).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createVerifiablePresentationJwt } from 'did-jwt-vc';
import { EdDSASigner } from 'did-jwt';
import { VERIFIER_URL, issueToHolder } from '../lib/issuer.mjs';
import { ed25519DidKey } from '../lib/did-key.mjs';
import { vpJwt } from '../lib/vp.mjs';

const INSTITUTION_ID = process.env.ISSUER_INSTITUTION_ID;
const AUDIENCE = 'https://employer.example/verifier';
const LEARNER_JWK = JSON.parse(readFileSync(
  new URL('../../keys-sample/wallet/learner.jwk', import.meta.url), 'utf8'));

const { did: HOLDER, kid: KID } = ed25519DidKey(LEARNER_JWK);

/** An OpenID4VP jwt_vc_json VP (VCDM 1.1 `vp` claim), signed by `jose`. */
function vpWithJose(credentials, nonce) {
  return vpJwt(LEARNER_JWK, credentials, { nonce, aud: AUDIENCE });
}

/**
 * The same shape, made by `did-jwt-vc` (challenge → nonce, domain → aud). It writes no `iat`
 * unless given one, and Tessera requires it (the presentation window).
 */
async function vpWithDidJwtVc(credentials, nonce) {
  const signer = EdDSASigner(Buffer.from(LEARNER_JWK.d, 'base64url'));
  return createVerifiablePresentationJwt({
    iat: Math.floor(Date.now() / 1000),
    vp: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiablePresentation'],
      verifiableCredential: credentials,
    },
  }, { did: HOLDER, signer, alg: 'EdDSA' },
  { challenge: nonce, domain: AUDIENCE, header: { kid: KID } });
}

async function verifyPresentation(vp, challenge, domain = AUDIENCE) {
  const response = await fetch(`${VERIFIER_URL}/presentations/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ verifiablePresentation: vp, options: { challenge, domain } }),
  });
  return { status: response.status, report: await response.json() };
}

const codes = (report) => report.errors.map((e) => e.code);
const nonce = () => crypto.randomUUID();

describe('Tessera verifier: presentations', () => {
  let credentials;

  before(async () => {
    assert.ok(INSTITUTION_ID, 'ISSUER_INSTITUTION_ID is not set: run through interop/run.sh');
    credentials = [await issueToHolder(HOLDER), await issueToHolder(HOLDER, INSTITUTION_ID)];
  });

  test('jose VP with credentials of two institutions: verified, holder bound', async () => {
    const n = nonce();
    const { status, report } = await verifyPresentation(await vpWithJose(credentials, n), n);
    assert.equal(status, 200, JSON.stringify(report.errors));
    assert.equal(report.verified, true);
    assert.equal(report.holderBound, true);
    assert.equal(report.holder, HOLDER);
    assert.equal(report.credentials.length, 2);
    const issuers = report.credentials.map((c) => c.report.issuer.id);
    assert.equal(new Set(issuers).size, 2, `two institutions: ${issuers}`);
    for (const c of report.credentials) {
      assert.equal(c.binding, 'bound');
      assert.equal(c.report.verified, true, JSON.stringify(c.report.errors));
    }
  });

  test('did-jwt-vc VP (aud as an array of one): verified, holder bound', async () => {
    const n = nonce();
    const { status, report } = await verifyPresentation(await vpWithDidJwtVc(credentials, n), n);
    assert.equal(status, 200, JSON.stringify(report.errors));
    assert.equal(report.holderBound, true);
  });

  test('the same VP under another nonce: NONCE_MISMATCH, never counted', async () => {
    const vp = await vpWithJose(credentials, nonce());
    const { status, report } = await verifyPresentation(vp, nonce());
    assert.equal(status, 400);
    assert.equal(report.verified, false);
    assert.deepEqual(codes(report), ['NONCE_MISMATCH']);
  });

  test('for another audience: AUDIENCE_MISMATCH', async () => {
    const n = nonce();
    const { report } = await verifyPresentation(await vpWithJose(credentials, n), n,
      'https://other-verifier.example');
    assert.deepEqual(codes(report), ['AUDIENCE_MISMATCH']);
  });

  test('an accepted VP sent again: PRESENTATION_REPLAYED', async () => {
    const n = nonce();
    const vp = await vpWithJose(credentials, n);
    assert.equal((await verifyPresentation(vp, n)).status, 200);
    const { status, report } = await verifyPresentation(vp, n);
    assert.equal(status, 400);
    assert.deepEqual(codes(report), ['PRESENTATION_REPLAYED']);
  });
});
