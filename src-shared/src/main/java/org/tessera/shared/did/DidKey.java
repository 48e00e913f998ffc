package org.tessera.shared.did;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * The did:key method for Ed25519 and P-256 keys: {@code did:key:z<base58btc(multicodec ‖ key)>}.
 * Multicodec prefixes are unsigned varints: ed25519-pub 0xed → {@code ed 01}; p256-pub 0x1200 →
 * {@code 80 24}, followed by the compressed point.
 */
public final class DidKey {

  /** Far longer than the 57-character P-256 DIDs we accept. */
  public static final int MAX_DID_LENGTH = 128;

  private static final String PREFIX = "did:key:z";
  private static final byte[] ED25519_CODEC = {(byte) 0xed, 0x01};
  private static final byte[] P256_CODEC = {(byte) 0x80, 0x24};
  private static final int ED25519_KEY_BYTES = 32;
  private static final int P256_COORDINATE_BYTES = 32;
  private static final ECCurve P256 = CustomNamedCurves.getByName("secp256r1").getCurve();

  private DidKey() {}

  /**
   * The did:key of an Ed25519 or P-256 public key.
   *
   * @throws IllegalArgumentException for private keys or other key types
   */
  public static String encode(JWK publicJwk) {
    if (publicJwk.isPrivate()) {
      throw new IllegalArgumentException("did:key encodes public keys only");
    }
    byte[] key;
    byte[] codec;
    if (publicJwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
      codec = ED25519_CODEC;
      key = okp.getDecodedX();
    } else if (publicJwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
      codec = P256_CODEC;
      key = compressed(ec);
    } else {
      throw new IllegalArgumentException("did:key supports Ed25519 and P-256 keys only");
    }
    byte[] bytes = new byte[codec.length + key.length];
    System.arraycopy(codec, 0, bytes, 0, codec.length);
    System.arraycopy(key, 0, bytes, codec.length, key.length);
    return PREFIX + Base58Btc.encode(bytes);
  }

  /**
   * The public key of an Ed25519 or P-256 did:key, with {@code kid} set to its verification
   * method {@code <did>#<multibase value>}. Empty for anything else or malformed input.
   */
  public static Optional<JWK> decode(String did) {
    if (did == null || did.length() > MAX_DID_LENGTH || !did.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String multibase = did.substring("did:key:".length());
    byte[] bytes;
    try {
      bytes = Base58Btc.decode(multibase.substring(1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String kid = did + "#" + multibase;
    if (startsWith(bytes, ED25519_CODEC) && bytes.length == ED25519_CODEC.length + ED25519_KEY_BYTES) {
      byte[] x = Arrays.copyOfRange(bytes, ED25519_CODEC.length, bytes.length);
      return Optional.of(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x)).keyID(kid).build());
    }
    if (startsWith(bytes, P256_CODEC) && bytes.length == P256_CODEC.length + 1 + P256_COORDINATE_BYTES) {
      return decompress(Arrays.copyOfRange(bytes, P256_CODEC.length, bytes.length), kid);
    }
    return Optional.empty();
  }

  private static byte[] compressed(ECKey key) {
    byte[] x = BigIntegers.asUnsignedByteArray(P256_COORDINATE_BYTES, key.getX().decodeToBigInteger());
    boolean yOdd = key.getY().decodeToBigInteger().testBit(0);
    byte[] out = new byte[1 + P256_COORDINATE_BYTES];
    out[0] = (byte) (yOdd ? 0x03 : 0x02);
    System.arraycopy(x, 0, out, 1, x.length);
    return out;
  }

  private static Optional<JWK> decompress(byte[] compressedPoint, String kid) {
    if (compressedPoint[0] != 0x02 && compressedPoint[0] != 0x03) {
      return Optional.empty();
    }
    try {
      ECPoint point = P256.decodePoint(compressedPoint).normalize();
      byte[] x = BigIntegers.asUnsignedByteArray(P256_COORDINATE_BYTES, point.getAffineXCoord().toBigInteger());
      byte[] y = BigIntegers.asUnsignedByteArray(P256_COORDINATE_BYTES, point.getAffineYCoord().toBigInteger());
      return Optional.of(new ECKey.Builder(Curve.P_256, Base64URL.encode(x), Base64URL.encode(y))
          .keyID(kid).build());
    } catch (IllegalArgumentException e) {
      // decodePoint rejects x values that are not on the curve.
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
