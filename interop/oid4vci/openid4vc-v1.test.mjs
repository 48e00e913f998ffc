// OpenID4VCI 1.0 wallet side with @openid4vc/openid4vci: credential offer by reference, issuer
// and authorization server metadata, pre-authorized code (with tx_code), nonce endpoint, jwt key
// proof with a did:jwk, then a did:key; the credential is bound to the wallet DID and verifies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { clientAuthenticationAnonymous, setGlobalConfig } from '@openid4vc/oauth2';
import {
  ISSUER_URL, didJwkWallet, didKeyWallet, offerFreshCredential, payload, verifyWithTessera,
} from './lib/tessera.mjs';

// The CI issuer listens on http://localhost; the library insists on https otherwise.
setGlobalConfig({ allowInsecureUrls: ISSUER_URL.startsWith('http://localhost') });

function clientFor(wallet) {
  return new Openid4vciClient({
    callbacks: {
      fetch,
      generateRandom: (length) => randomBytes(length),
      hash: (data, alg) => createHash(alg.replace('-', '').toLowerCase()).update(data).digest(),
      clientAuthentication: clientAuthenticationAnonymous(),
      signJwt: async (signer, { header, payload: claims }) => {
        assert.equal(signer.method, 'did');
        assert.equal(signer.didUrl, wallet.kid);
        const jwt = await new SignJWT(claims).setProtectedHeader(header).sign(wallet.privateKey);
        return { jwt, signerJwk: wallet.publicJwk };
      },
    },
  });
}

async function collect(wallet, { txCode }) {
  const { credentialId, offer } = await offerFreshCredential({ txCode });
  const client = clientFor(wallet);
  const credentialOffer = await client.resolveCredentialOffer(offer.credential_offer);
  assert.equal(credentialOffer.credential_issuer, ISSUER_URL);
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  const [configurationId] = credentialOffer.credential_configuration_ids;
  const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
    credentialOffer, issuerMetadata, txCode: offer.tx_code,
  });
  const { c_nonce: nonce } = await client.requestNonce({ issuerMetadata });
  const { jwt: proof } = await client.createCredentialRequestJwtProof({
    issuerMetadata,
    credentialConfigurationId: configurationId,
    signer: { method: 'did', didUrl: wallet.kid, alg: wallet.alg },
    nonce,
  });
  const { credentialResponse } = await client.retrieveCredentials({
    issuerMetadata,
    accessToken: accessTokenResponse.access_token,
    credentialConfigurationId: configurationId,
    proofs: { jwt: [proof] },
  });
  return { credentialId, jwt: credentialResponse.credentials[0].credential };
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
