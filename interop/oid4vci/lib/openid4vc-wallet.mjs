// The OpenID4VCI 1.0 wallet side with @openid4vc/openid4vci: resolves an offer by reference, the
// issuer and authorization server metadata, redeems the pre-authorized code (with tx_code when
// the offer has one), fetches a nonce, signs a jwt key proof with the wallet's DID key and
// collects the credential.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { clientAuthenticationAnonymous, setGlobalConfig } from '@openid4vc/oauth2';
import { ISSUER_URL } from './tessera.mjs';

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

/**
 * Redeems `offer` (the issuer's {credential_offer, tx_code?}) for `wallet`; returns
 * {credentialIssuer, jwt}. The first configuration the offer names, unless `configurationId`
 * picks another one it names (e.g. the dc+sd-jwt one: `jwt` is then the SD-JWT VC).
 */
export async function collectV1(wallet, offer, { configurationId: wanted } = {}) {
  const client = clientFor(wallet);
  const credentialOffer = await client.resolveCredentialOffer(offer.credential_offer);
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  const offered = credentialOffer.credential_configuration_ids;
  const configurationId = wanted ?? offered[0];
  assert.ok(offered.includes(configurationId), `the offer names no ${configurationId}`);
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
  return {
    credentialIssuer: credentialOffer.credential_issuer,
    jwt: credentialResponse.credentials[0].credential,
  };
}
