// An OpenID4VP jwt_vc_json presentation as wallets make it: a VP JWT (VCDM 1.1 `vp` claim) of
// `credentials`, signed by `jose` with an Ed25519 holder key (did:key), for `nonce` and `aud`.
import { SignJWT, importJWK } from 'jose';
import { ed25519DidKey } from './did-key.mjs';

export async function vpJwt(holderJwk, credentials, { nonce, aud }) {
  const { did, kid } = ed25519DidKey(holderJwk);
  return new SignJWT({
    nonce,
    vp: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiablePresentation'],
      verifiableCredential: credentials,
    },
  })
    .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' })
    .setIssuer(did)
    .setAudience(aud)
    .setIssuedAt()
    .setJti(`urn:uuid:${crypto.randomUUID()}`)
    .sign(await importJWK(holderJwk, 'EdDSA'));
}
