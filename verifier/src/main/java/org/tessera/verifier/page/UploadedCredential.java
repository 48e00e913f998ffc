package org.tessera.verifier.page;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.tessera.shared.badge.BakedBadges;

/**
 * The credential text in an uploaded file: a baked PNG or SVG badge, or a text file holding a
 * JWT or JSON. Empty when the file is none of these (binary junk, an image without a
 * credential).
 */
final class UploadedCredential {

  private UploadedCredential() {}

  static Optional<String> text(byte[] file) {
    if (file.length == 0) {
      return Optional.empty();
    }
    if (BakedBadges.looksLikeImage(file)) {
      return BakedBadges.extract(file).map(String::strip);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file)).toString().strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
