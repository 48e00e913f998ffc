package org.tessera.issuer.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Claim tokens: 256 random bits, base64url without padding (43 characters). Only their SHA-256
 * is stored, so a copy of the database does not open any claim link.
 */
final class ClaimTokens {

  private static final int BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private ClaimTokens() {}

  static String generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text can be a token at all: checked before any hashing or lookup. */
  static boolean wellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }

  static String hash(String token) {
    return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.US_ASCII)));
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
    }
  }
}
