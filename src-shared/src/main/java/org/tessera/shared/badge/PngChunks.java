package org.tessera.shared.badge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A strict reader and writer of the PNG chunk layout (ISO/IEC 15948). Reading checks every
 * length against the bytes that are really there and every CRC, requires IHDR first and IEND
 * last with nothing after it; anything else is "not a PNG" (empty), never an exception.
 */
final class PngChunks {

  static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PngChunks() {}

  static boolean hasSignature(byte[] file) {
    return file.length >= SIGNATURE.length
        && Arrays.equals(file, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
  }

  /** All chunks of a well-formed PNG, or empty when any length, type or CRC is wrong. */
  static Optional<List<PngChunk>> read(byte[] file) {
    if (!hasSignature(file)) {
      return Optional.empty();
    }
    List<PngChunk> chunks = new ArrayList<>();
    int pos = SIGNATURE.length;
    while (pos < file.length) {
      if (file.length - pos < 12) {
        return Optional.empty();
      }
      long length = readUint32(file, pos);
      // The remaining-bytes test also bounds the length to the (capped) file size.
      if (length > file.length - pos - 12L || !isChunkType(file, pos + 4)) {
        return Optional.empty();
      }
      int dataLength = (int) length;
      CRC32 crc = new CRC32();
      crc.update(file, pos + 4, 4 + dataLength);
      if (crc.getValue() != readUint32(file, pos + 8 + dataLength)) {
        return Optional.empty();
      }
      PngChunk chunk = new PngChunk(PngChunk.typeOf(file, pos + 4), pos, pos + 8, dataLength);
      chunks.add(chunk);
      pos += chunk.totalLength();
      if (chunk.type().equals("IEND")) {
        break;
      }
    }
    boolean framed = !chunks.isEmpty()
        && chunks.get(0).type().equals("IHDR")
        && chunks.get(chunks.size() - 1).type().equals("IEND")
        && pos == file.length;
    return framed ? Optional.of(List.copyOf(chunks)) : Optional.empty();
  }

  /** Encodes one chunk: length, type, data, CRC over type and data. */
  static byte[] encode(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 12);
    writeUint32(out, data.length);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    writeUint32(out, crc.getValue());
    return out.toByteArray();
  }

  private static boolean isChunkType(byte[] file, int at) {
    for (int i = at; i < at + 4; i++) {
      int c = file[i] & 0xFF;
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  private static long readUint32(byte[] b, int at) {
    return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8
        | (b[at + 3] & 0xFFL);
  }

  private static void writeUint32(ByteArrayOutputStream out, long value) {
    out.write((int) (value >>> 24) & 0xFF);
    out.write((int) (value >>> 16) & 0xFF);
    out.write((int) (value >>> 8) & 0xFF);
    out.write((int) value & 0xFF);
  }
}
