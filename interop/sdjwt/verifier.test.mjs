// Tessera's verifier HTTP API against presentations made by an independent implementation
// (issue #17, verifier side): @sd-jwt/sd-jwt-vc, holding the wallet key the SD-JWT VC is bound
// to, presents an issued credential with only ects_credits and eqf_level disclosed and a
// key-binding JWT for the verifier's nonce and audience; POST /credentials/verify must accept it
// and report nothing else, and refuse the same presentation for another nonce, with a forged
// disclosure, or bound by another key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes, sign, KeyObject } from 'node:crypto';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { collectV1 } from '../oid4vci/lib/openid4vc-wallet.mjs';
import { didJwkWallet, offerFreshCredential } from '../oid4vci/lib/tessera.mjs';

const VERIFIER_URL = process.env.VERIFIER_URL;
const AUDIENCE = 'https://verifier.interop.example';

const hasher = (data, alg) => createHash(alg.replace('-', '').toLowerCase()).update(data).digest();

/** A raw ES256 signer (R||S) for the library's key-binding JWT. */
function signerFor(privateKey) {
  const key = privateKey instanceof KeyObject ? privateKey : KeyObject.from(privateKey);
  return async (data) => sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' })
    .toString('base64url');
}

async function issued() {
  const wallet = await didJwkWallet('ES256');
  const { offer } = await offerFreshCredential();
  const { jwt } = await collectV1(wallet, offer, { configurationId: 'MicroCredential_dc_sd_jwt' });
  return { wallet, sdJwt: jwt };
}

function holder(wallet) {
  return new SDJwtVcInstance({ hasher, kbSigner: signerFor(wallet.privateKey), kbSignAlg: 'ES256',
    saltGenerator: () => randomBytes(16).toString('base64url') });
}

async function present(wallet, sdJwt, nonce) {
  return holder(wallet).present(sdJwt, { ects_credits: true, eqf_level: true },
    { kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: AUDIENCE, nonce } } });
}

async function verify(presentation, nonce) {
  const response = await fetch(`${VERIFIER_URL}/credentials/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ verifiableCredential: presentation,
      options: { nonce, audience: AUDIENCE } }),
  });
  return { status: response.status, report: await response.json() };
}

const codes = (report) => report.errors.map((e) => e.code);

test('a selective @sd-jwt/sd-jwt-vc presentation with a KB-JWT verifies and shows only what it disclosed', async () => {
  const { wallet, sdJwt } = await issued();
  const nonce = randomBytes(12).toString('base64url');
  const presentation = await present(wallet, sdJwt, nonce);
  assert.equal(presentation.split('~').length, 4, 'jwt, two disclosures, KB-JWT');

  const { status, report } = await verify(presentation, nonce);
  assert.equal(status, 200, JSON.stringify(report.errors));
  assert.equal(report.format, 'SD-JWT VC');
  assert.deepEqual([...report.sdJwt.disclosed].sort(), ['ects_credits', 'eqf_level']);
  assert.equal(report.sdJwt.holderBound, true);
  assert.equal(report.sdJwt.cmfFacts.hours, 'not disclosed');
  assert.equal(report.credential.ects_credits, 5);
  assert.equal(report.credential.eqf_level, 6);
  assert.equal(report.credential.achievement_title, 'Data Stewardship for Researchers');
  for (const hidden of ['name', 'learner_identification', 'workload_hours', 'learning_outcomes']) {
    assert.equal(report.credential[hidden], undefined, hidden);
  }
  const keyBinding = report.checks.find((c) => c.id === 'sdjwt.keyBinding');
  assert.equal(keyBinding.status, 'passed');
  assert.equal(report.checks.find((c) => c.id === 'status').status, 'passed');
  assert.equal(report.checks.find((c) => c.id === 'trust').status, 'passed');
});

test('the verifier refuses the presentation for another nonce, a forged disclosure or another key', async () => {
  const { wallet, sdJwt } = await issued();
  const presentation = await present(wallet, sdJwt, 'nonce-a');
  assert.deepEqual(codes((await verify(presentation, 'nonce-b')).report), ['NONCE_MISMATCH']);

  const [jwt, , second, kb] = presentation.split('~');
  const forged = Buffer.from(JSON.stringify(['c2FsdA', 'ects_credits', 60])).toString('base64url');
  const withForged = (await verify([jwt, forged, second, kb].join('~'), 'nonce-a')).report;
  assert.ok(codes(withForged).includes('DISCLOSURE_NOT_IN_TOKEN'), JSON.stringify(withForged.errors));

  const stranger = await didJwkWallet('ES256');
  const otherKey = await present(stranger, sdJwt, 'nonce-a');
  assert.deepEqual(codes((await verify(otherKey, 'nonce-a')).report), ['KB_JWT_SIGNATURE_INVALID']);
});
