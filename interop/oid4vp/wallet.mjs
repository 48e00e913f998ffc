// A small OpenID4VP 1.0 wallet built on the independent @openid4vc/openid4vp library: it takes
// an `openid4vp://` link, lets the library fetch and verify the signed request object (client id
// prefix `decentralized_identifier`, the verifier's did:web resolved by fetching its did.json),
// signs one VP JWT (`jwt_vc_json`, VCDM 1.1 `vp` claim) per credential with the holder's key
// (nonce = the request's nonce, aud = its client_id) and posts the `vp_token` with direct_post,
// or, for direct_post.jwt, encrypted by the library to the key the request announced.
// Used by the interop test, the browser test and scripts/demo.sh.
import { Openid4vpClient } from '@openid4vc/openid4vp';
import { setGlobalConfig } from '@openid4vc/oauth2';
import { CompactEncrypt, compactVerify, importJWK } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import { vpJwt } from '../lib/vp.mjs';

// The verifier under test runs on http://localhost; the library insists on https otherwise.
setGlobalConfig({ allowInsecureUrls: true });

/** did:web → URL of its DID document (did:web spec); http only for localhost (development). */
export function didWebDocumentUrl(did) {
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  const scheme = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host) ? 'http' : 'https';
  return path.length === 0 ? `${scheme}://${host}/.well-known/did.json`
    : `${scheme}://${host}/${path.join('/')}/did.json`;
}

/** The library's verifyJwt hook: resolves a did:web signer from its DID document. */
async function verifyJwt(signer, jwt) {
  if (signer.method !== 'did' || !signer.didUrl.startsWith('did:web:')) {
    return { verified: false };
  }
  const did = signer.didUrl.split('#')[0];
  const response = await fetch(didWebDocumentUrl(did));
  if (!response.ok) return { verified: false };
  const document = await response.json();
  if (document.id !== did) return { verified: false };
  const method = (document.verificationMethod ?? []).find((m) => m.id === signer.didUrl);
  if (!method?.publicKeyJwk) return { verified: false };
  try {
    await compactVerify(jwt.compact, await importJWK(method.publicKeyJwk, signer.alg));
    return { verified: true, signerJwk: method.publicKeyJwk };
  } catch {
    return { verified: false, signerJwk: method.publicKeyJwk };
  }
}

const unsupported = () => { throw new Error('not used by this wallet'); };

/** The library's encryptJwe hook (direct_post.jwt): a JWE to the verifier's announced key. */
async function encryptJwe(encryptor, data) {
  // apu/apv enter the key derivation: jose writes them into the header itself.
  const bytes = (b64) => (b64 ? Buffer.from(b64, 'base64url') : undefined);
  const jwe = await new CompactEncrypt(new TextEncoder().encode(data))
    .setProtectedHeader({ alg: encryptor.alg, enc: encryptor.enc, kid: encryptor.publicJwk.kid })
    .setKeyManagementParameters({ apu: bytes(encryptor.apu), apv: bytes(encryptor.apv) })
    .encrypt(await importJWK(encryptor.publicJwk, encryptor.alg));
  return { jwe, encryptionJwk: encryptor.publicJwk };
}

export const client = new Openid4vpClient({
  callbacks: {
    verifyJwt,
    hash: (data, alg) => createHash(alg.replace('-', '').toLowerCase()).update(data).digest(),
    generateRandom: (n) => randomBytes(n),
    signJwt: unsupported,
    decryptJwe: unsupported,
    encryptJwe,
  },
});

/** Fetches and verifies the request behind `link` (the request object is handed out once). */
export async function resolveRequest(link) {
  const parsed = client.parseOpenid4vpAuthorizationRequest({ authorizationRequest: link });
  return client.resolveOpenId4vpAuthorizationRequest({
    authorizationRequestPayload: parsed.params,
  });
}

/**
 * Answers `link` with the credentials: one VP per credential for the query's first credential
 * query (which allows `multiple`). `options.nonce` / `options.aud` override what the request
 * says (negative tests). Returns the resolved request, the HTTP status and body of the answer.
 */
export async function present(link, credentials, holderJwk, options = {}) {
  const resolved = await resolveRequest(link);
  const request = resolved.authorizationRequestPayload;
  const queryId = request.dcql_query.credentials[0].id;
  const claims = { nonce: options.nonce ?? request.nonce, aud: options.aud ?? request.client_id };
  const vps = await Promise.all(credentials.map((c) => vpJwt(holderJwk, [c], claims)));
  // direct_post.jwt: the library encrypts the answer to the key in client_metadata.jwks.
  const jarm = request.response_mode === 'direct_post.jwt' ? {
    encryption: { nonce: randomBytes(16).toString('base64url') },
    serverMetadata: {
      authorization_encryption_alg_values_supported: ['ECDH-ES'],
      authorization_encryption_enc_values_supported: ['A128GCM', 'A256GCM'],
    },
  } : undefined;
  const created = await client.createOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request,
    authorizationResponsePayload: { vp_token: { [queryId]: vps } },
    jarm,
  });
  const { response } = await client.submitOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request,
    authorizationResponsePayload: created.authorizationResponsePayload,
    jarm: created.jarm ? { responseJwt: created.jarm.responseJwt } : undefined,
  });
  return { resolved, status: response.status, body: await response.json() };
}
