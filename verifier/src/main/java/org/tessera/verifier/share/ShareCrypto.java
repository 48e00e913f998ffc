package org.tessera.verifier.share;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from a share id (128 random bits, base64url in the link): a lookup key (the row's
 * primary key) and an AES-256-GCM key for the stored credential, both HMAC-SHA-256 of the id
 * under fixed labels. Whoever holds only the database holds neither the links nor the
 * credentials; whoever holds the link can open exactly that one.
 */
final class ShareCrypto {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random;

  ShareCrypto(SecureRandom random) {
    this.random = random;
  }

  /** A fresh share id: 128 random bits. */
  String newId() {
    return B64.encodeToString(randomBytes(16));
  }

  /** A fresh manage token: 256 random bits. */
  String newManageToken() {
    return B64.encodeToString(randomBytes(32));
  }

  static boolean isWellFormedId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static String lookupKey(String id) {
    return HexFormat.of().formatHex(hmac(id, "tessera share lookup v1"));
  }

  static String hashToken(String token) {
    return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
  }

  /** Constant-time comparison of a presented token with the stored hash. */
  static boolean tokenMatches(String presented, String storedHash) {
    return MessageDigest.isEqual(hashToken(presented).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  byte[] newNonce() {
    return randomBytes(NONCE_BYTES);
  }

  static byte[] encrypt(String id, byte[] nonce, String plaintext) {
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, id, nonce);
      return cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /** Empty when the ciphertext does not authenticate under this id. */
  static Optional<String> decrypt(String id, byte[] nonce, byte[] ciphertext) {
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, id, nonce);
      return Optional.of(new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private static Cipher cipher(int mode, String id, byte[] nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(hmac(id, "tessera share key v1"), "AES"),
        new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  private static byte[] hmac(String id, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(id.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
