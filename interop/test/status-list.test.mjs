// Revocation seen through @digitalbazaar/vc-bitstring-status-list: the status list credential is
// fetched from the URL in the credential, its JWT verified with jose against the issuer's JWKS,
// its encodedList decoded by the package; the credential's bit flips from 0 to 1 on revocation.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatus, decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { getPublic, issueFresh, jwks, revoke } from '../lib/issuer.mjs';

const MIN_LIST_LENGTH = 131_072;

/** Fetches and verifies the status list JWT; returns {etag, cacheControl, credential}. */
async function fetchStatusList(url) {
  const response = await getPublic(url);
  assert.match(response.headers.get('content-type'), /^application\/vc\+jwt/);
  const jwt = (await response.text()).trim();
  const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(await jwks()),
    { algorithms: ['ES256', 'RS256', 'EdDSA'] });
  const { iss, sub, jti, nbf, exp, iat, ...credential } = payload;
  return {
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    header: protectedHeader,
    claims: { iss, sub, jti, nbf, exp, iat },
    credential,
  };
}

/** The package's own status check, fed the status list we verified with jose. */
async function packageStatus(credential, statusList) {
  const result = await checkStatus({
    credential,
    documentLoader: async (url) => {
      assert.equal(url, credential.credentialStatus.statusListCredential);
      return { document: statusList };
    },
    verifyBitstringStatusListCredential: false, // the JWT was verified above with jose
    verifyMatchingIssuers: true,
  });
  assert.equal(result.verified, true, result.error?.message);
  return result.results[0].status;
}

describe('revocation via Bitstring Status List (@digitalbazaar/vc-bitstring-status-list)', () => {
  let issued;
  let entry;
  let before_;

  before(async () => {
    issued = await issueFresh();
    entry = issued.credential.credentialStatus;
  });

  test('the credential has one BitstringStatusListEntry for revocation', () => {
    assert.ok(!Array.isArray(entry), 'OB 3.0 allows a single credentialStatus object');
    assert.equal(entry.type, 'BitstringStatusListEntry');
    assert.equal(entry.statusPurpose, 'revocation');
    assert.match(entry.statusListIndex, /^[0-9]+$/);
    assert.notEqual(entry.id, entry.statusListCredential);
  });

  test('fresh credential: status list verifies with the JWKS and the bit is 0', async () => {
    before_ = await fetchStatusList(entry.statusListCredential);
    const list = before_.credential;
    assert.ok(before_.etag, 'ETag header');
    assert.match(before_.cacheControl ?? '', /max-age=\d+/);
    assert.ok(list.type.includes('BitstringStatusListCredential'));
    assert.equal(list.id, entry.statusListCredential);
    assert.equal(list.credentialSubject.type, 'BitstringStatusList');
    assert.equal(list.credentialSubject.statusPurpose, 'revocation');
    const issuerId = typeof list.issuer === 'object' ? list.issuer.id : list.issuer;
    assert.equal(issuerId, issued.credential.issuer.id);
    assert.equal(before_.claims.iss, issuerId);

    const decoded = await decodeList({ encodedList: list.credentialSubject.encodedList });
    assert.ok(decoded.length >= MIN_LIST_LENGTH, `list length ${decoded.length}`);
    const index = Number(entry.statusListIndex);
    assert.ok(index < decoded.length);
    assert.equal(decoded.getStatus(index), false);
    assert.equal(await packageStatus(issued.credential, list), false);
  });

  test('after revocation: a new list version (new ETag) with the bit set to 1', async () => {
    assert.ok(before_, 'needs the previous test');
    const revoked = await revoke(issued.id);
    assert.equal(revoked.status.revoked, true);

    const after = await fetchStatusList(entry.statusListCredential);
    assert.ok(after.etag && after.etag !== before_.etag, `ETag ${before_.etag} -> ${after.etag}`);
    const decoded = await decodeList({ encodedList: after.credential.credentialSubject.encodedList });
    assert.equal(decoded.getStatus(Number(entry.statusListIndex)), true);
    assert.equal(await packageStatus(issued.credential, after.credential), true);

    // Conditional requests, as a CDN or verifier cache makes them.
    const url = entry.statusListCredential;
    const stale = await fetch(url, { headers: { 'If-None-Match': before_.etag } });
    assert.equal(stale.status, 200, 'the old ETag must not match the new list');
    const fresh = await fetch(url, { headers: { 'If-None-Match': after.etag } });
    assert.equal(fresh.status, 304);
  });
});
