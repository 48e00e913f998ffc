package org.tessera.shared.jose;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * base64url(SHA-256(US-ASCII text)), unpadded: how a token's hash is written where JOSE-style
 * text names one (an SD-JWT key-binding JWT's {@code sd_hash}, a receipt's token hash).
 */
public final class Sha256Base64Url {

  private Sha256Base64Url() {}

  public static String of(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
