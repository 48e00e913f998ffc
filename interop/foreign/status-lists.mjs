// Bitstring Status List credentials as other issuers sign them with `jose`: the VCDM 2.0 body as a
// VC-JOSE-COSE payload (typ vc+jwt), and the VCDM 1.1 form inside a `vc` claim.
import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';

export const V1 = 'https://www.w3.org/2018/credentials/v1';
export const V2 = 'https://www.w3.org/ns/credentials/v2';
export const STATUS_V1 = 'https://www.w3.org/ns/credentials/status/v1';
/** Served by ForeignVectorsTest from the vector folder: https://status.foreign.example/<dir>/<file>. */
export const STATUS_HOST = 'https://status.foreign.example';
const LIST_BITS = 131072;

/** GZIP then multibase base64url, index 0 = most significant bit of byte 0 (spec §3.2). */
export function encodedList(revokedIndexes) {
  const bytes = Buffer.alloc(LIST_BITS / 8);
  for (const i of revokedIndexes) bytes[i >> 3] |= 0x80 >> (i % 8);
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The credentialStatus entry of a credential at `index` of the list at `url`. */
export function statusEntry(url, index) {
  return {
    id: `${url}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: url,
  };
}

/** A revocation list at `url` with `revoked` set; `form` is 'vc+jwt' (VCDM 2.0) or 'vc-claim' (VCDM 1.1). */
export async function statusListJwt(form, url, issuer, revoked, issued) {
  const subject = { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation',
    encodedList: encodedList(revoked) };
  const type = ['VerifiableCredential', 'BitstringStatusListCredential'];
  if (form === 'vc+jwt') {
    return new SignJWT({ '@context': [V2], id: url, type, issuer: issuer.did, validFrom: issued,
      credentialSubject: subject })
      .setProtectedHeader({ alg: issuer.alg, kid: issuer.kid, typ: 'vc+jwt', cty: 'vc' })
      .sign(issuer.privateKey);
  }
  const vc = { '@context': [V1, STATUS_V1], id: url, type, issuer: issuer.did, issuanceDate: issued,
    credentialSubject: subject };
  return new SignJWT({ vc })
    .setProtectedHeader({ alg: issuer.alg, kid: issuer.kid, typ: 'JWT' })
    .setIssuer(issuer.did).setJti(url).setNotBefore(Date.parse(issued) / 1000)
    .sign(issuer.privateKey);
}

/** A VCDM 1.1 credential in a `vc` claim, signed by `jose` (iss/sub/jti/nbf beside it). */
export async function vcClaimJoseJwt(credential, issuer) {
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: issuer.alg, kid: issuer.kid, typ: 'JWT' })
    .setIssuer(issuer.did).setSubject(credential.credentialSubject.id).setJti(credential.id)
    .setNotBefore(Date.parse(credential.issuanceDate) / 1000)
    .sign(issuer.privateKey);
}
