// did:key for Ed25519 public keys (did-key.txt): multicodec 0xed01 + the raw key, base58btc.
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58btc(bytes) {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  let out = '';
  while (n > 0n) { out = BASE58[Number(n % 58n)] + out; n /= 58n; }
  for (const b of bytes) { if (b === 0) out = `1${out}`; else break; }
  return out;
}

/** {did, kid} of an Ed25519 public JWK: `did:key:z6Mk…` and `did:key:z6Mk…#z6Mk…`. */
export function ed25519DidKey(publicJwk) {
  const raw = Buffer.from(publicJwk.x, 'base64url');
  const multibase = `z${base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
  const did = `did:key:${multibase}`;
  return { did, kid: `${did}#${multibase}` };
}
