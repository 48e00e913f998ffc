package org.tessera.issuer.oid4vci;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** Random secrets of the flow and the one-way hash under which they are stored. */
final class Secrets {

  private static final int TOKEN_BYTES = 32;
  private static final int TX_CODE_DIGITS = 6;

  private final SecureRandom random;

  Secrets(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** 256 random bits, base64url without padding (43 characters). */
  String token() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A numeric transaction code of {@value #TX_CODE_DIGITS} digits. */
  String txCode() {
    StringBuilder code = new StringBuilder(TX_CODE_DIGITS);
    for (int i = 0; i < TX_CODE_DIGITS; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }

  static int txCodeLength() {
    return TX_CODE_DIGITS;
  }

  /**
   * The pre-authorized code of an offer, derived from its handle: whoever holds the handle can
   * read the offer (and so the code) anyway, and the database then needs neither in clear.
   */
  static String codeFor(String handle) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(digest("tessera/pre-authorized_code\0" + handle));
  }

  /** Hex SHA-256: secrets have 256 bits of entropy (tx codes are rate limited), no salt needed. */
  static String hash(String secret) {
    return HexFormat.of().formatHex(digest(secret));
  }

  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
