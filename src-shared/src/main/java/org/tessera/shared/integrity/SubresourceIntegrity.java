package org.tessera.shared.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * W3C Subresource Integrity strings ({@code sha384-<base64>}), as VC Data Model 2.0 §5.3
 * {@code digestSRI} carries them: written with SHA-384, read with SHA-256, -384 or -512.
 */
public final class SubresourceIntegrity {

  /** SRI algorithm prefix → JDK digest name, weakest first (SRI picks the strongest given). */
  private static final Map<String, String> ALGORITHMS = Map.of(
      "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");
  private static final List<String> STRENGTH = List.of("sha256", "sha384", "sha512");

  private SubresourceIntegrity() {}

  /** The {@code sha384-…} string of {@code bytes}. */
  public static String sha384(byte[] bytes) {
    return "sha384-" + Base64.getEncoder().encodeToString(digest("sha384", bytes));
  }

  /**
   * Whether {@code bytes} match {@code sri} as SRI defines it: of the whitespace-separated
   * hashes, those of the strongest supported algorithm are compared, and one match is enough.
   * Fails closed: no hash of a supported algorithm (or a malformed one) is no match.
   */
  public static boolean matches(String sri, byte[] bytes) {
    List<String[]> hashes = new ArrayList<>();
    for (String token : sri.trim().split("\\s+")) {
      int dash = token.indexOf('-');
      if (dash > 0 && ALGORITHMS.containsKey(token.substring(0, dash))) {
        // "?options" after the value are reserved by SRI and carry no meaning yet.
        String value = token.substring(dash + 1).replaceFirst("\\?.*$", "");
        hashes.add(new String[] {token.substring(0, dash), value});
      }
    }
    int strongest = hashes.stream().mapToInt(h -> STRENGTH.indexOf(h[0])).max().orElse(-1);
    if (strongest < 0) {
      return false;
    }
    String algorithm = STRENGTH.get(strongest);
    byte[] actual = digest(algorithm, bytes);
    return hashes.stream().filter(h -> h[0].equals(algorithm))
        .anyMatch(h -> MessageDigest.isEqual(actual, decode(h[1])));
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(ALGORITHMS.get(algorithm)).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " missing from the JDK", e);
    }
  }
}
