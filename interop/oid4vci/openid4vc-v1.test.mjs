// OpenID4VCI 1.0 wallet side with @openid4vc/openid4vci: credential offer by reference, issuer
// and authorization server metadata, pre-authorized code (with tx_code), nonce endpoint, jwt key
// proof with a did:jwk, then a did:key; the credential is bound to the wallet DID and verifies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectV1 } from './lib/openid4vc-wallet.mjs';
import {
  ISSUER_URL, didJwkWallet, didKeyWallet, offerFreshCredential, payload, verifyWithTessera,
} from './lib/tessera.mjs';

async function collect(wallet, { txCode }) {
  const { credentialId, offer } = await offerFreshCredential({ txCode });
  const { credentialIssuer, jwt } = await collectV1(wallet, offer);
  assert.equal(credentialIssuer, ISSUER_URL);
  return { credentialId, jwt };
}

for (const [name, makeWallet, txCode] of [
  ['did:jwk (ES256) with a transaction code', () => didJwkWallet('ES256'), true],
  ['did:key (Ed25519) without a transaction code', () => didKeyWallet(), false],
]) {
  test(`@openid4vc/openid4vci 1.0 collects a credential bound to its ${name}`, async () => {
    const wallet = await makeWallet();
    const { credentialId, jwt } = await collect(wallet, { txCode });
    const credential = payload(jwt);
    assert.equal(credential.credentialSubject.id, wallet.did);
    assert.equal(credential.sub, wallet.did);
    assert.equal(credential.id, `urn:uuid:${credentialId}`);

    const { status, report } = await verifyWithTessera(jwt);
    assert.equal(report.verified, true, JSON.stringify(report.errors));
    assert.equal(status, 200);
  });
}
