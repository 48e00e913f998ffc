package org.tessera.shared.badge;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One PNG chunk as found in a file: its four-letter type and where its data lies. The data is
 * not copied; {@code offset} is the start of the whole chunk (its length field).
 */
record PngChunk(String type, int offset, int dataOffset, int dataLength) {

  PngChunk {
    Objects.requireNonNull(type, "type");
    if (type.length() != 4 || offset < 0 || dataOffset < offset || dataLength < 0) {
      throw new IllegalArgumentException("bad chunk bounds");
    }
  }

  /** The whole chunk's size: length, type, data and CRC. */
  int totalLength() {
    return 12 + dataLength;
  }

  static String typeOf(byte[] file, int typeOffset) {
    return new String(file, typeOffset, 4, StandardCharsets.ISO_8859_1);
  }
}
