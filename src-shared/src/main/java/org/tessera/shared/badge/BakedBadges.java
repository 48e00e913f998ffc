package org.tessera.shared.badge;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Open Badges 3.0 baked images: a credential embedded in the badge's PNG or SVG image so the
 * image alone carries it. Baking is for the issuer's own images and throws
 * {@link IllegalArgumentException} on a bad or already baked image; extraction reads untrusted
 * files and answers empty for anything it does not accept.
 *
 * <p>Extraction is bounded: files over {@link #MAX_BYTES} are refused before parsing, every PNG
 * chunk length is checked against the file and every CRC verified, and SVG is read by a parser
 * that refuses any DOCTYPE (no entities, no external fetches).
 */
public final class BakedBadges {

  /** Largest badge file accepted for extraction (high-resolution artwork stays below). */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  private BakedBadges() {}

  /** The PNG with one {@code iTXt} chunk {@code openbadgecredential} holding the credential. */
  public static byte[] bakePng(byte[] png, String jwt) {
    Objects.requireNonNull(png, "png");
    return PngBadges.bake(png, requireText(jwt));
  }

  /** The SVG with an {@code openbadges:credential} element holding the credential. */
  public static String bakeSvg(String svg, String jwt) {
    Objects.requireNonNull(svg, "svg");
    return SvgBadges.bake(svg, requireText(jwt));
  }

  /**
   * The embedded credential text (a compact JWT, or JSON for a credential with an embedded
   * proof) of a baked PNG or SVG, or the {@code credential.jwt} attached to a PDF certificate
   * (decision 0062); empty when the file is neither, is malformed, too large, or
   * holds no or more than one credential.
   */
  public static Optional<String> extract(byte[] file) {
    if (file == null || file.length == 0 || file.length > MAX_BYTES) {
      return Optional.empty();
    }
    if (PngChunks.hasSignature(file)) {
      return PngBadges.extract(file);
    }
    if (looksLikeXml(file)) {
      return SvgBadges.extract(file);
    }
    if (PdfAttachment.hasSignature(file)) {
      return PdfAttachment.extract(file);
    }
    return Optional.empty();
  }

  /**
   * Whether the bytes are a file that carries a credential rather than being one: a PNG, a
   * document that starts like XML/SVG (BOM and spaces allowed), or a PDF certificate.
   */
  public static boolean looksLikeImage(byte[] file) {
    return file != null && (PngChunks.hasSignature(file) || looksLikeXml(file)
        || PdfAttachment.hasSignature(file));
  }

  private static boolean looksLikeXml(byte[] file) {
    int i = 0;
    if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
        && (file[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < file.length && Character.isWhitespace(file[i])) {
      i++;
    }
    return i < file.length && file[i] == '<';
  }

  private static String requireText(String credential) {
    Objects.requireNonNull(credential, "jwt");
    if (credential.isBlank() || credential.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("credential text is empty or too large");
    }
    return credential;
  }
}
