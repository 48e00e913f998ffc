// The issued credential JWT checked with `jose` (panva), using only what the issuer publishes:
// its JWKS, and separately the key that its did:web DID document lists under the header kid.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalJWKSet, createRemoteJWKSet, importJWK, jwtVerify } from 'jose';
import { ISSUER_URL, didDocument, issueFresh, jwks } from '../lib/issuer.mjs';

const ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];

describe('credential JWT with jose', () => {
  let issued;

  before(async () => {
    issued = await issueFresh();
  });

  test('header is exactly alg, kid and optionally typ JWT', () => {
    const names = Object.keys(issued.header).sort();
    assert.ok(['alg,kid', 'alg,kid,typ'].includes(names.join(',')), `header: ${names}`);
    assert.ok(ALGORITHMS.includes(issued.header.alg), issued.header.alg);
    if ('typ' in issued.header) {
      assert.equal(issued.header.typ, 'JWT');
    }
    assert.ok(issued.header.kid.startsWith(`${issued.credential.issuer.id}#`),
      `kid ${issued.header.kid} is not a DID URL of ${issued.credential.issuer.id}`);
  });

  test('JWT claims mirror the credential (iss, sub, jti, nbf)', () => {
    const { payload, credential } = issued;
    assert.equal(payload.iss, credential.issuer.id);
    assert.equal(payload.sub, credential.credentialSubject.id);
    assert.equal(payload.jti, credential.id);
    assert.equal(payload.nbf, Date.parse(credential.validFrom) / 1000);
    assert.equal('exp' in payload, 'validUntil' in credential);
    const { iss, sub, jti, nbf, exp, ...rest } = payload;
    assert.deepEqual(rest, credential, 'the rest of the payload is the credential');
  });

  test('verifies with the published JWKS (local key set)', async () => {
    const keySet = createLocalJWKSet(await jwks());
    const { payload } = await jwtVerify(issued.jwt, keySet, { algorithms: ALGORITHMS });
    assert.equal(payload.jti, issued.credential.id);
  });

  test('verifies with the published JWKS (remote key set over HTTP)', async () => {
    const keySet = createRemoteJWKSet(new URL(`${ISSUER_URL}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(issued.jwt, keySet, {
      algorithms: ALGORITHMS, issuer: issued.credential.issuer.id,
    });
    assert.equal(payload.sub, issued.credential.credentialSubject.id);
  });

  test('verifies with the DID document key named by the header kid', async () => {
    const doc = await didDocument();
    assert.equal(doc.id, issued.credential.issuer.id);
    const kid = issued.header.kid;
    const method = doc.verificationMethod.find((vm) => vm.id === kid);
    assert.ok(method, `no verificationMethod ${kid}`);
    assert.equal(method.controller, doc.id);
    assert.ok(doc.assertionMethod.includes(kid), 'the key is not an assertionMethod');
    assert.equal(method.publicKeyJwk.d, undefined, 'DID document leaks a private key');
    const key = await importJWK(method.publicKeyJwk, issued.header.alg);
    const { payload } = await jwtVerify(issued.jwt, key, { algorithms: [issued.header.alg] });
    assert.equal(payload.iss, doc.id);
  });

  test('a tampered payload does not verify', async () => {
    const [h, p, s] = issued.jwt.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url'));
    claims.name = 'Forged';
    const forged = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
    const doc = await didDocument();
    const method = doc.verificationMethod.find((vm) => vm.id === issued.header.kid);
    const key = await importJWK(method.publicKeyJwk, issued.header.alg);
    await assert.rejects(jwtVerify(forged, key), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});
