package org.tessera.shared.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * OB 3.0 {@code IdentityObject} (type {@code IdentityObject}) identifying the learner.
 *
 * <p>A hashed identity is an OB 3.0 IdentityHash: {@code <alg>$<hex>} where {@code <hex>} is the
 * hash of the UTF-8 bytes of the identifier followed by the salt; {@code sha256} and {@code md5}
 * are the algorithms OB 3.0 defines. Tessera hashes e-mail addresses trimmed and lower-cased,
 * with SHA-256.
 */
public record IdentityObject(
    String identityType, boolean hashed, String identityHash, Optional<String> salt) {

  public static final String TYPE = "IdentityObject";
  public static final String EMAIL_ADDRESS = "emailAddress";
  public static final String NAME = "name";

  private static final String SHA256_PREFIX = "sha256$";
  private static final String MD5_PREFIX = "md5$";

  public IdentityObject {
    Checks.text(identityType, "identityType");
    Checks.text(identityHash, "identityHash");
    Checks.optionalText(salt, "salt");
  }

  /** A salted SHA-256 hashed e-mail address; the address itself is not kept. */
  public static IdentityObject hashedEmail(String email, String salt) {
    Checks.text(email, "email");
    Checks.text(salt, "salt");
    return new IdentityObject(EMAIL_ADDRESS, true,
        SHA256_PREFIX + hex("SHA-256", normalise(email) + salt), Optional.of(salt));
  }

  /** The learner's full name, in clear (OB 3.0 identity type {@code name}). */
  public static IdentityObject name(String fullName) {
    return new IdentityObject(NAME, false, Checks.text(fullName, "name").strip(),
        Optional.empty());
  }

  /**
   * Whether this is an e-mail identity for {@code email}. Hashed identities are recomputed with
   * their salt, for the normalised address and for the address as given (other issuers may not
   * lower-case); comparison is constant-time. Unknown hash algorithms never match.
   */
  public boolean matchesEmail(String email) {
    if (!EMAIL_ADDRESS.equals(identityType) || email == null || email.isBlank()) {
      return false;
    }
    if (!hashed) {
      return normalise(identityHash).equals(normalise(email));
    }
    String lower = identityHash.toLowerCase(Locale.ROOT);
    String algorithm;
    String prefix;
    if (lower.startsWith(SHA256_PREFIX)) {
      algorithm = "SHA-256";
      prefix = SHA256_PREFIX;
    } else if (lower.startsWith(MD5_PREFIX)) {
      algorithm = "MD5";
      prefix = MD5_PREFIX;
    } else {
      return false;
    }
    byte[] expected = lower.substring(prefix.length()).getBytes(StandardCharsets.US_ASCII);
    String saltText = salt.orElse("");
    boolean normalisedMatch = MessageDigest.isEqual(expected,
        hex(algorithm, normalise(email) + saltText).getBytes(StandardCharsets.US_ASCII));
    boolean asGivenMatch = MessageDigest.isEqual(expected,
        hex(algorithm, email.strip() + saltText).getBytes(StandardCharsets.US_ASCII));
    return normalisedMatch | asGivenMatch;
  }

  private static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static String hex(String algorithm, String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without " + algorithm, e);
    }
  }
}
