// jose (like WebCrypto, OpenSSL, Go) returns either twin of an ECDSA signature, (r, s) or
// (r, n - s). Tessera's verifier accepts a credential's ES256 signature in the low-S form only
// (SIGNATURE_NOT_CANONICAL otherwise: one credential must have one encoding), as its issuer signs.
const P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551n;

/** The compact ES256 JWS with its signature in the low-S form. */
export function lowS(jwt) {
  const [header, payload, signature] = jwt.split('.');
  const raw = Buffer.from(signature, 'base64url');
  const s = BigInt(`0x${raw.subarray(32).toString('hex')}`);
  if (raw.length !== 64 || s <= P256_N / 2n) {
    return jwt;
  }
  raw.set(Buffer.from((P256_N - s).toString(16).padStart(64, '0'), 'hex'), 32);
  return `${header}.${payload}.${raw.toString('base64url')}`;
}
