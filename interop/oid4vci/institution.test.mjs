// A further institution of the deployment (run.sh: ISSUER_INSTITUTIONS names one, with a
// temporary ES256 key of its own), seen from outside: `jose` verifies a credential issued under
// its address with the key of its own did:web document (a DID with a path) and not with the
// default institution's keys; an OpenID4VCI 1.0 wallet (@openid4vc/openid4vci) redeems an offer
// of that institution; the Tessera verifier accepts the result as the institution's.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { collectV1 } from './lib/openid4vc-wallet.mjs';
import {
  INSTITUTION_ID, INSTITUTION_URL, ISSUER_URL, didJwkWallet, issueFresh, offerFreshCredential,
  payload, verifyWithTessera,
} from './lib/tessera.mjs';

const INSTITUTION_NAME = 'Tessera Academy'; // run.sh's institutions file and trust list

/**
 * did:web resolution (W3C CCG did:web, "Read"): `did:web:host%3Aport:a:b` → `/a/b/did.json`.
 * did:web means https; the suite's issuer is on http://localhost, so only its host is mapped.
 */
async function resolveDidWeb(did) {
  const [host, ...path] = did.replace(/^did:web:/, '').split(':');
  assert.equal(decodeURIComponent(host), new URL(ISSUER_URL).host, `not the test issuer: ${did}`);
  const location = path.length === 0 ? '/.well-known/did.json' : `/${path.join('/')}/did.json`;
  const response = await fetch(`${ISSUER_URL}${location}`);
  assert.equal(response.status, 200, `${location}: HTTP ${response.status}`);
  const doc = await response.json();
  assert.equal(doc.id, did);
  return doc;
}

async function assertionKey(doc, kid, alg) {
  const method = doc.verificationMethod.find((vm) => vm.id === kid);
  assert.ok(method, `no verificationMethod ${kid}`);
  assert.ok(doc.assertionMethod.includes(kid), `${kid} is not an assertionMethod`);
  assert.equal(method.publicKeyJwk.d, undefined, 'DID document leaks a private key');
  return importJWK(method.publicKeyJwk, alg);
}

describe(`further institution "${INSTITUTION_ID}"`, () => {
  let listed;

  before(async () => {
    const institutions = await (await fetch(`${ISSUER_URL}/institutions`)).json();
    listed = institutions.items.find((i) => i.id === INSTITUTION_ID);
  });

  test('is listed at /institutions with its address and a did:web with a path', () => {
    assert.ok(listed, `GET /institutions does not list ${INSTITUTION_ID}`);
    assert.equal(listed.url, INSTITUTION_URL);
    assert.equal(listed.name, INSTITUTION_NAME);
    const defaultDid = `did:web:${encodeURIComponent(new URL(ISSUER_URL).host)}`;
    assert.equal(listed.did, `${defaultDid}:institutions:${INSTITUTION_ID}`);
  });

  test('its credential verifies with jose against its own DID document key only', async () => {
    const issued = await issueFresh({ institution: INSTITUTION_ID });
    const header = decodeProtectedHeader(issued.jwt);
    assert.equal(issued.credential.issuer.id, listed.did);
    assert.ok(header.kid.startsWith(`${listed.did}#`), header.kid);

    const doc = await resolveDidWeb(listed.did);
    const key = await assertionKey(doc, header.kid, header.alg);
    const { payload: claims } = await jwtVerify(issued.jwt, key, {
      algorithms: [header.alg], issuer: listed.did,
    });
    assert.equal(claims.jti, issued.credential.id);
    assert.equal(claims.issuer.name, INSTITUTION_NAME);

    // The default institution publishes other keys, none of which verifies this credential.
    const defaultDoc = await resolveDidWeb(listed.did.replace(/:institutions:.*$/, ''));
    const ours = new Set(await Promise.all(
      doc.verificationMethod.map((vm) => calculateJwkThumbprint(vm.publicKeyJwk))));
    for (const method of defaultDoc.verificationMethod) {
      assert.ok(!ours.has(await calculateJwkThumbprint(method.publicKeyJwk)),
        `${method.id} is also a key of ${listed.did}`);
      if (method.publicKeyJwk.kty !== 'EC') continue;
      const other = await importJWK(method.publicKeyJwk, 'ES256');
      await assert.rejects(jwtVerify(issued.jwt, other, { algorithms: ['ES256'] }),
        { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    }
  });

  test('an OpenID4VCI 1.0 wallet redeems its offer; the Tessera verifier names it', async () => {
    const wallet = await didJwkWallet('ES256');
    const { credentialId, offer } = await offerFreshCredential({
      txCode: true, institution: INSTITUTION_ID,
    });
    const { credentialIssuer, jwt } = await collectV1(wallet, offer);
    assert.equal(credentialIssuer, INSTITUTION_URL);
    const credential = payload(jwt);
    assert.equal(credential.iss, listed.did);
    assert.equal(credential.credentialSubject.id, wallet.did);
    assert.equal(credential.id, `urn:uuid:${credentialId}`);

    const { status, report } = await verifyWithTessera(jwt);
    assert.equal(report.verified, true, JSON.stringify(report.errors));
    assert.equal(status, 200);
    assert.equal(report.issuer.id, listed.did);
    assert.equal(report.issuer.name, INSTITUTION_NAME);
  });
});
