// OpenID4VCI draft 13 wallet side with @sphereon/oid4vci-client 0.16.0: offer by reference,
// metadata, pre-authorized code (with tx_code as "pin"), c_nonce from the token response, and a
// single `proof` with a did:jwk, then a did:key; the credential is bound to the wallet DID and
// verifies with the Tessera verifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { OpenID4VCIClient } from '@sphereon/oid4vci-client';
import {
  didJwkWallet, didKeyWallet, offerFreshCredential, payload, verifyWithTessera,
} from './lib/tessera.mjs';

async function collect(wallet, { txCode }) {
  const { credentialId, offer } = await offerFreshCredential({ txCode });
  const client = await OpenID4VCIClient.fromURI({
    uri: offer.credential_offer, kid: wallet.kid, alg: wallet.alg, retrieveServerMetadata: true,
  });
  await client.acquireAccessToken(offer.tx_code ? { pin: offer.tx_code } : {});
  const response = await client.acquireCredentials({
    credentialTypes: ['VerifiableCredential', 'OpenBadgeCredential'],
    format: 'jwt_vc_json',
    kid: wallet.kid,
    alg: wallet.alg,
    proofCallbacks: {
      signCallback: async ({ header, payload: claims }, kid) => {
        assert.equal(kid, wallet.kid);
        return new SignJWT(claims).setProtectedHeader({ ...header, kid }).sign(wallet.privateKey);
      },
    },
  });
  return { credentialId, jwt: response.credential };
}

for (const [name, makeWallet, txCode] of [
  ['did:jwk (ES256) with a transaction code', () => didJwkWallet('ES256'), true],
  ['did:key (Ed25519) without a transaction code', () => didKeyWallet(), false],
]) {
  test(`@sphereon/oid4vci-client draft 13 collects a credential bound to its ${name}`, async () => {
    const wallet = await makeWallet();
    const { credentialId, jwt } = await collect(wallet, { txCode });
    assert.equal(typeof jwt, 'string');
    const credential = payload(jwt);
    assert.equal(credential.credentialSubject.id, wallet.did);
    assert.equal(credential.id, `urn:uuid:${credentialId}`);

    const { status, report } = await verifyWithTessera(jwt);
    assert.equal(report.verified, true, JSON.stringify(report.errors));
    assert.equal(status, 200);
  });
}
