package org.tessera.shared.jose;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The canonical form of a raw ES256 signature (R || S, RFC 7518 §3.4). ECDSA is malleable:
 * (r, n − s) verifies whenever (r, s) does, so one signed credential would have two encodings
 * with different hashes (receipt fingerprints, share links). The low-S form (s ≤ n/2, as in
 * BIP-62 and libsecp256k1) is the only one Tessera signs, and the one it hashes where a token's hash is its identity.
 */
public final class EcdsaSignatures {

  private static final int HALF = BouncyCastle.P256_FIELD_BYTES;
  private static final BigInteger N = BouncyCastle.P256.getN();
  private static final BigInteger HALF_N = N.shiftRight(1);

  private EcdsaSignatures() {}

  /** Whether a 64-byte R || S has s ≤ n/2; false for any other length. */
  public static boolean isLowS(byte[] raw) {
    return raw.length == 2 * HALF && s(raw).compareTo(HALF_N) <= 0;
  }

  /** The same signature with s replaced by n − s when s > n/2; other lengths unchanged. */
  public static byte[] toLowS(byte[] raw) {
    return raw.length != 2 * HALF || isLowS(raw) ? raw.clone() : twin(raw);
  }

  /** The other twin of a 64-byte R || S, (r, n − s); other lengths unchanged. */
  public static byte[] twin(byte[] raw) {
    if (raw.length != 2 * HALF) {
      return raw.clone();
    }
    byte[] out = Arrays.copyOf(raw, raw.length);
    byte[] low = N.subtract(s(raw)).toByteArray();
    // toByteArray is big-endian and may be shorter than 32 bytes (or carry a sign byte).
    Arrays.fill(out, HALF, out.length, (byte) 0);
    int length = Math.min(low.length, HALF);
    System.arraycopy(low, low.length - length, out, out.length - length, length);
    return out;
  }

  private static BigInteger s(byte[] raw) {
    return new BigInteger(1, Arrays.copyOfRange(raw, HALF, raw.length));
  }
}
