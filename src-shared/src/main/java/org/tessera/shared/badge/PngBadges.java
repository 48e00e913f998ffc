package org.tessera.shared.badge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * OB 3.0 baking for PNG: one uncompressed {@code iTXt} chunk with the keyword
 * {@code openbadgecredential}, empty language tag and translated keyword, whose text is the
 * credential (a compact JWS, or JSON for an embedded-proof credential). Extraction also reads
 * an Open Badges 2.0 PNG: the same kind of chunk with the keyword {@code openbadges}, holding
 * the assertion's URL, its JSON or a signed assertion.
 */
final class PngBadges {

  static final String KEYWORD = "openbadgecredential";
  static final String OB2_KEYWORD = "openbadges";
  private static final byte[] KEYWORD_PREFIX = prefix(KEYWORD);
  private static final byte[] OB2_KEYWORD_PREFIX = prefix(OB2_KEYWORD);

  private PngBadges() {}

  static byte[] bake(byte[] png, String credential) {
    List<PngChunk> chunks = PngChunks.read(png)
        .orElseThrow(() -> new IllegalArgumentException("not a well-formed PNG"));
    if (chunks.stream().anyMatch(c -> keywordLength(png, c) > 0)) {
      // OB 3.0: a PNG must not hold more than one openbadgecredential iTXt chunk.
      throw new IllegalArgumentException("the PNG is already baked");
    }
    PngChunk iend = chunks.get(chunks.size() - 1);
    byte[] chunk = PngChunks.encode("iTXt", itxtData(credential));
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.length);
    out.write(png, 0, iend.offset());
    out.writeBytes(chunk);
    out.write(png, iend.offset(), iend.totalLength());
    return out.toByteArray();
  }

  /**
   * The credential text, when the PNG is well formed and holds exactly one such chunk (OB 3.0
   * or OB 2.0: a badge holding both is ambiguous, hence refused).
   */
  static Optional<String> extract(byte[] png) {
    List<PngChunk> found = PngChunks.read(png).orElse(List.of()).stream()
        .filter(c -> keywordLength(png, c) > 0)
        .toList();
    if (found.size() != 1) {
      return Optional.empty();
    }
    return itxtText(png, found.get(0), keywordLength(png, found.get(0)));
  }

  private static byte[] prefix(String keyword) {
    return (keyword + '\0').getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] itxtData(String credential) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.writeBytes(KEYWORD_PREFIX);
    data.write(0); // compression flag: uncompressed
    data.write(0); // compression method
    data.write(0); // empty language tag
    data.write(0); // empty translated keyword
    data.writeBytes(credential.getBytes(StandardCharsets.UTF_8));
    return data.toByteArray();
  }

  /** The length of the badge keyword (with its NUL) starting the chunk; 0 for other chunks. */
  private static int keywordLength(byte[] png, PngChunk chunk) {
    for (byte[] prefix : List.of(KEYWORD_PREFIX, OB2_KEYWORD_PREFIX)) {
      if (chunk.type().equals("iTXt") && chunk.dataLength() >= prefix.length
          && Arrays.equals(png, chunk.dataOffset(), chunk.dataOffset() + prefix.length,
              prefix, 0, prefix.length)) {
        return prefix.length;
      }
    }
    return 0;
  }

  /** Skips flag, method, language tag and translated keyword; compressed text is refused. */
  private static Optional<String> itxtText(byte[] png, PngChunk chunk, int keywordLength) {
    int end = chunk.dataOffset() + chunk.dataLength();
    int pos = chunk.dataOffset() + keywordLength;
    if (end - pos < 2 || png[pos] != 0) {
      return Optional.empty();
    }
    pos += 2;
    for (int field = 0; field < 2; field++) {
      int nul = indexOfZero(png, pos, end);
      if (nul < 0) {
        return Optional.empty();
      }
      pos = nul + 1;
    }
    String text = new String(png, pos, end - pos, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static int indexOfZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
