// Independent SD-JWT VC libraries against the Tessera issuer (issue #17):
// - @openid4vc/openid4vci (the OpenID4VCI 1.0 wallet of interop/oid4vci) collects the dc+sd-jwt
//   configuration: the SD-JWT VC is bound (cnf.jwk) to the wallet's key;
// - @sd-jwt/sd-jwt-vc verifies it and every disclosure with the key published in the issuer's
//   /.well-known/jwt-vc-issuer metadata, fetching and checking its Token Status List;
// - @sd-jwt/jwt-status-list decodes the status list token and finds exactly the revoked indexes
//   after revocations through the admin API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { getListFromStatusListJWT } from '@sd-jwt/jwt-status-list';
import { calculateJwkThumbprint, compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { collectV1 } from '../oid4vci/lib/openid4vc-wallet.mjs';
import { ISSUER_URL, didJwkWallet, offerFreshCredential } from '../oid4vci/lib/tessera.mjs';

const CONFIGURATION = 'MicroCredential_dc_sd_jwt';
const ADMIN_TOKEN = process.env.ISSUER_ADMIN_TOKEN;

const hasher = (data, alg) => createHash(alg.replace('-', '').toLowerCase()).update(data).digest();

/** The issuer's published keys, from its JWT VC Issuer Metadata (SD-JWT VC §5). */
async function publishedKeys(iss) {
  const url = new URL(iss);
  const response = await fetch(`${url.origin}/.well-known/jwt-vc-issuer${url.pathname.replace(/\/$/, '')}`);
  assert.equal(response.status, 200);
  const metadata = await response.json();
  assert.equal(metadata.issuer, iss);
  return metadata.jwks.keys;
}

/** A JWS verifier for the library: the key whose kid the header names, from the metadata. */
function verifierFor(keys) {
  return async (data, signature) => {
    const header = decodeProtectedHeader(`${data}.${signature}`);
    const jwk = keys.find((k) => k.kid === header.kid);
    if (!jwk || header.alg === 'none') return false;
    try {
      await compactVerify(`${data}.${signature}`, await importJWK(jwk, header.alg));
      return true;
    } catch {
      return false;
    }
  };
}

function payloadOf(sdJwt) {
  return JSON.parse(Buffer.from(sdJwt.split('~')[0].split('.')[1], 'base64url').toString('utf8'));
}

async function collectSdJwt() {
  const wallet = await didJwkWallet('ES256');
  const { credentialId, offer } = await offerFreshCredential();
  const { credentialIssuer, jwt } = await collectV1(wallet, offer,
    { configurationId: CONFIGURATION });
  assert.equal(credentialIssuer, ISSUER_URL);
  return { wallet, credentialId, sdJwt: jwt };
}

async function revoke(credentialId) {
  const response = await fetch(`${ISSUER_URL}/api/credentials/${credentialId}/revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: '{}',
  });
  assert.equal(response.status, 200);
}

function vcInstance(keys) {
  return new SDJwtVcInstance({ hasher, verifier: verifierFor(keys), statusVerifier: verifierFor(keys) });
}

test('@openid4vc/openid4vci collects a dc+sd-jwt credential bound to its key', async () => {
  const { wallet, sdJwt } = await collectSdJwt();
  assert.match(sdJwt, /^[\w-]+\.[\w-]+\.[\w-]+~([\w-]+~)+$/);
  const header = decodeProtectedHeader(sdJwt.split('~')[0]);
  assert.equal(header.typ, 'dc+sd-jwt');
  const payload = payloadOf(sdJwt);
  assert.equal(payload.iss, ISSUER_URL);
  assert.equal(payload.vct, `${ISSUER_URL}/vct/micro-credential/v1`);
  assert.equal(await calculateJwkThumbprint(payload.cnf.jwk),
    await calculateJwkThumbprint(wallet.publicJwk));
});

test('@sd-jwt/sd-jwt-vc verifies the SD-JWT VC and all its disclosures with the published key', async () => {
  const { sdJwt } = await collectSdJwt();
  const iss = payloadOf(sdJwt).iss;
  const sdjwt = vcInstance(await publishedKeys(iss));
  // Also fetches the status list token at status.status_list.uri and checks the entry is 0.
  const { payload } = await sdjwt.verify(sdJwt);
  assert.equal(payload.achievement_title, 'Data Stewardship for Researchers');
  assert.equal(payload.ects_credits, 5);
  assert.equal(payload.eqf_level, 6);
  assert.equal(payload.workload_hours, 125);
  assert.equal(payload.identity_verification, 'supervised-onsite');
  assert.equal(payload.name, 'Interop Wallet Holder');
  assert.deepEqual(payload.learning_outcomes, ['Write a data management plan']);

  // Every disclosure is covered by a digest: the library's view lists them all as presentable.
  const disclosed = sdJwt.split('~').slice(1, -1).length;
  const presentable = await sdjwt.presentableKeys(sdJwt);
  assert.equal(presentable.length, disclosed);
  assert.ok(presentable.includes('ects_credits') && presentable.includes('eqf_level'));
  assert.ok(!presentable.includes('achievement_title'), 'the title is never selectively disclosable');

  // Selective disclosure: title (plain), ECTS and EQF only; the result still verifies.
  const presentation = await sdjwt.present(sdJwt, { ects_credits: true, eqf_level: true });
  assert.equal(presentation.split('~').slice(1, -1).length, 2);
  const shown = (await sdjwt.verify(presentation)).payload;
  assert.equal(shown.ects_credits, 5);
  assert.equal(shown.eqf_level, 6);
  assert.equal(shown.achievement_title, 'Data Stewardship for Researchers');
  assert.equal(shown.name, undefined);
  assert.equal(shown.learner_identification, undefined);

  // A forged disclosure matches no digest: the library refuses it or leaves it out, never
  // takes its value (0.19 leaves unreferenced disclosures out).
  const parts = sdJwt.split('~');
  const forged = Buffer.from(JSON.stringify(['c2FsdA', 'ects_credits', 60])).toString('base64url');
  const tampered = await sdjwt.verify([parts[0], forged, ''].join('~')).catch(() => null);
  assert.ok(tampered === null || tampered.payload.ects_credits === undefined);
});

test('@sd-jwt/jwt-status-list finds exactly the revoked indexes in the status list token', async () => {
  const issued = [];
  for (let i = 0; i < 3; i++) issued.push(await collectSdJwt());
  const entries = issued.map(({ sdJwt }) => payloadOf(sdJwt).status.status_list);
  const uri = entries[0].uri;
  assert.ok(entries.every((e) => e.uri === uri), 'one open list takes all three');
  assert.equal(new Set(entries.map((e) => e.idx)).size, 3);

  await revoke(issued[0].credentialId);
  await revoke(issued[2].credentialId);

  const response = await fetch(uri);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/statuslist\+jwt/);
  assert.ok(response.headers.get('etag'));
  assert.match(response.headers.get('cache-control'), /max-age=\d+/);
  const token = await response.text();
  assert.equal(decodeProtectedHeader(token).typ, 'statuslist+jwt');
  const keys = await publishedKeys(ISSUER_URL);
  const [data, signature] = [token.split('.').slice(0, 2).join('.'), token.split('.')[2]];
  assert.ok(await verifierFor(keys)(data, signature), 'the status list token verifies');

  const list = getListFromStatusListJWT(token);
  assert.equal(list.getBitsPerStatus(), 1);
  const revoked = new Set([entries[0].idx, entries[2].idx]);
  // Only this suite issues SD-JWT VCs, so the list's set bits are exactly the ones it revoked.
  const found = [];
  for (let i = 0; i < list.statusList.length; i++) if (list.getStatus(i) === 1) found.push(i);
  assert.deepEqual(found, [...revoked].sort((x, y) => x - y));
  assert.equal(list.getStatus(entries[1].idx), 0);

  // @sd-jwt/sd-jwt-vc now refuses the revoked one and accepts the other.
  const sdjwt = vcInstance(keys);
  await assert.rejects(sdjwt.verify(issued[0].sdJwt));
  await sdjwt.verify(issued[1].sdJwt);
});
