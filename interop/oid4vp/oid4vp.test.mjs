// OpenID4VP 1.0 with an independent wallet library (@openid4vc/openid4vp): the Tessera verifier
// creates a DCQL request, the library fetches and verifies its signed request object (client id
// prefix decentralized_identifier, did:web), the wallet answers with credentials from two
// institutions signed by the sample learner key, and the verifier's result says verified and
// holder bound. Negative cases of the flow are Java tests (Oid4vpRoutesTest); here the ones a
// real wallet run shows: a second fetch of the request object and a wrong nonce.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERIFIER_URL, issueToHolder } from '../lib/issuer.mjs';
import { ed25519DidKey } from '../lib/did-key.mjs';
import { present, resolveRequest } from './wallet.mjs';

const INSTITUTION_ID = process.env.ISSUER_INSTITUTION_ID;
const LEARNER_JWK = JSON.parse(readFileSync(
  new URL('../../keys-sample/wallet/learner.jwk', import.meta.url), 'utf8'));
const { did: HOLDER } = ed25519DidKey(LEARNER_JWK);

async function createTransaction(query = 'micro-credentials', responseMode = 'direct_post') {
  const response = await fetch(`${VERIFIER_URL}/oid4vp/transactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, responseMode }),
  });
  assert.equal(response.status, 201);
  return response.json();
}

async function status(transaction) {
  const response = await fetch(`${VERIFIER_URL}/oid4vp/transactions/${transaction.id}`, {
    headers: { authorization: `Bearer ${transaction.readToken}` },
  });
  assert.equal(response.status, 200);
  return response.json();
}

describe('OpenID4VP 1.0: @openid4vc/openid4vp wallet against the Tessera verifier', () => {
  let credentials;

  before(async () => {
    assert.ok(INSTITUTION_ID, 'ISSUER_INSTITUTION_ID is not set: run through interop/run.sh');
    credentials = [await issueToHolder(HOLDER), await issueToHolder(HOLDER, INSTITUTION_ID)];
  });

  test('two credentials of two institutions: verified, holder bound', async () => {
    const transaction = await createTransaction();
    assert.match(transaction.authorizationRequest, /^openid4vp:\/\/\?client_id=/);
    const { resolved, status: code, body } = await present(transaction.authorizationRequest,
      credentials, LEARNER_JWK);
    assert.equal(resolved.client.prefix, 'decentralized_identifier');
    assert.equal(resolved.client.identifier,
      transaction.clientId.slice('decentralized_identifier:'.length));
    assert.equal(resolved.jar.signer.method, 'did');
    assert.equal(resolved.authorizationRequestPayload.response_mode, 'direct_post');
    assert.ok(resolved.dcql.query.credentials[0].multiple);
    assert.equal(code, 200, JSON.stringify(body));
    const { status: phase, result } = await status(transaction);
    assert.equal(phase, 'answered');
    assert.equal(result.verified, true, JSON.stringify(result.errors));
    assert.equal(result.holderBound, true);
    assert.deepEqual(result.holders, [HOLDER]);
    assert.equal(result.presentations.length, 2);
    const issuers = result.presentations.map((p) => p.report.credentials[0].report.issuer.id);
    assert.equal(new Set(issuers).size, 2, `two institutions: ${issuers}`);
  });

  test('direct_post.jwt: the library encrypts the answer; verified, holder bound', async () => {
    const transaction = await createTransaction('micro-credentials', 'direct_post.jwt');
    const { resolved, status: code, body } = await present(transaction.authorizationRequest,
      credentials, LEARNER_JWK);
    assert.equal(resolved.authorizationRequestPayload.response_mode, 'direct_post.jwt');
    assert.equal(code, 200, JSON.stringify(body));
    const { result } = await status(transaction);
    assert.equal(result.verified, true, JSON.stringify(result.errors));
    assert.equal(result.holderBound, true);
  });

  test('the request object is handed out once: a second fetch is refused', async () => {
    const transaction = await createTransaction();
    await resolveRequest(transaction.authorizationRequest);
    await assert.rejects(resolveRequest(transaction.authorizationRequest), /400/);
    const again = await fetch(transaction.requestUri);
    assert.equal(again.status, 400);
    assert.equal((await again.json()).code, 'REQUEST_OBJECT_ALREADY_FETCHED');
  });

  test('a VP for another nonce: access_denied, NONCE_MISMATCH in the result', async () => {
    const transaction = await createTransaction();
    const { status: code, body } = await present(transaction.authorizationRequest, credentials,
      LEARNER_JWK, { nonce: 'not-the-nonce' });
    assert.equal(code, 400);
    assert.equal(body.error, 'access_denied');
    assert.equal(body.code, 'NONCE_MISMATCH');
    const { result } = await status(transaction);
    assert.equal(result.verified, false);
  });
});
