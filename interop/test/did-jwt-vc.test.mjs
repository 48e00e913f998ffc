// The issued credential JWT checked with did-jwt-vc / did-jwt (uPort/Veramo lineage), resolving the
// issuer's did:web document. did:web is https by definition; the tests run the issuer on
// http://localhost, so the resolver below maps the DID to that base URL (and to nothing else).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Resolver } from 'did-resolver';
import { verifyCredential } from 'did-jwt-vc';
import { ISSUER_URL, issueFresh } from '../lib/issuer.mjs';

function localDidWebResolver() {
  const host = new URL(ISSUER_URL).host; // e.g. localhost:18080
  const expected = `did:web:${encodeURIComponent(host)}`;
  return new Resolver({
    web: async (did) => {
      if (did !== expected) {
        return { didResolutionMetadata: { error: 'notFound' }, didDocument: null, didDocumentMetadata: {} };
      }
      const response = await fetch(`${ISSUER_URL}/.well-known/did.json`);
      return {
        didResolutionMetadata: { contentType: 'application/did+json' },
        didDocument: await response.json(),
        didDocumentMetadata: {},
      };
    },
  });
}

describe('credential JWT with did-jwt-vc', () => {
  let issued;

  before(async () => {
    issued = await issueFresh();
  });

  test('verifies against the did:web document (assertionMethod key)', async () => {
    // format: false because did-jwt-vc's payload checks are for the VCDM 1.1 `vc` claim shape;
    // OB 3.0 puts the VCDM 2.0 credential at the top level, which is checked below instead.
    const verified = await verifyCredential(issued.jwt, localDidWebResolver(),
      { policies: { format: false }, proofPurpose: 'assertionMethod' });
    assert.equal(verified.issuer, issued.credential.issuer.id);
    assert.equal(verified.signer.id, issued.header.kid);
    assert.equal(verified.payload.jti, issued.credential.id);
    assert.equal(verified.payload.sub, issued.credential.credentialSubject.id);
  });

  test('a JWT with a flipped signature byte is refused', async () => {
    const [h, p, s] = issued.jwt.split('.');
    const sig = Buffer.from(s, 'base64url');
    sig[0] ^= 0x01;
    const forged = [h, p, sig.toString('base64url')].join('.');
    await assert.rejects(verifyCredential(forged, localDidWebResolver(),
      { policies: { format: false } }), /invalid_signature|signature/i);
  });
});
