package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Whether an OB 2.0 assertion was issued to an e-mail address: its {@code recipient} (an
 * IdentityObject of type {@code email}) holds the address, or, when {@code hashed}, the
 * {@code sha256$}-prefixed hex SHA-256 of the address followed by the {@code salt}. Other hash
 * functions (md5) and identity types are never a match. The address is compared as given and in
 * lower case, since issuers differ in whether they normalised it before hashing.
 */
final class Recipient {

  private static final String SHA256_PREFIX = "sha256$";

  private Recipient() {}

  static boolean matches(JsonNode recipient, String email) {
    if (!"email".equals(recipient.path("type").textValue())
        || !recipient.path("identity").isTextual()) {
      return false;
    }
    String identity = recipient.path("identity").textValue();
    String lower = email.toLowerCase(Locale.ROOT);
    if (!recipient.path("hashed").asBoolean(false)) {
      return identity.equalsIgnoreCase(email);
    }
    if (!identity.toLowerCase(Locale.ROOT).startsWith(SHA256_PREFIX)) {
      return false;
    }
    String expected = identity.substring(SHA256_PREFIX.length()).toLowerCase(Locale.ROOT);
    String salt = recipient.path("salt").isTextual() ? recipient.path("salt").textValue() : "";
    return MessageDigest.isEqual(bytes(expected), bytes(sha256Hex(email + salt)))
        || MessageDigest.isEqual(bytes(expected), bytes(sha256Hex(lower + salt)));
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
