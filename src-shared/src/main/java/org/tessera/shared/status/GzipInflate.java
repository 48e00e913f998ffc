package org.tessera.shared.status;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A strict, bounded GZIP (RFC 1952) decoder for exactly one member. Unlike
 * {@code GZIPInputStream} it refuses trailing bytes, and it never holds more than
 * {@code maxBytes + 1} bytes of output, so a decompression bomb costs at most that much memory.
 */
final class GzipInflate {

  private static final int FHCRC = 0x02;
  private static final int FEXTRA = 0x04;
  private static final int FNAME = 0x08;
  private static final int FCOMMENT = 0x10;
  private static final int RESERVED_FLAGS = 0xE0;
  private static final int HEADER_LENGTH = 10;
  private static final int TRAILER_LENGTH = 8;
  private static final int MIN_GROWTH = 1024;

  private GzipInflate() {}

  /** Whether the data starts with the GZIP magic bytes. */
  static boolean hasMagic(byte[] data) {
    return data.length >= 2 && (data[0] & 0xFF) == 0x1F && (data[1] & 0xFF) == 0x8B;
  }

  /**
   * Inflates one GZIP member.
   *
   * @throws StatusListException {@code NOT_GZIP} for anything malformed, {@code TOO_LARGE} as
   *     soon as the output would exceed {@code maxBytes}
   */
  static byte[] inflate(byte[] data, int maxBytes) {
    int deflateStart = skipHeader(data);
    int limit = maxBytes + 1;
    byte[] out = new byte[initialCapacity(data, limit)];
    int produced = 0;
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(data, deflateStart, data.length - deflateStart);
      byte[] probe = new byte[1];
      while (!inflater.finished()) {
        if (produced == out.length) {
          // Full: probe one byte before growing, so an exact-size buffer needs no copy.
          int extra = inflater.inflate(probe);
          if (extra == 0) {
            if (inflater.finished()) {
              break;
            }
            if (inflater.needsInput() || inflater.needsDictionary()) {
              throw notGzip("truncated deflate stream");
            }
            continue;
          }
          if (out.length == limit) {
            throw tooLarge(maxBytes);
          }
          out = Arrays.copyOf(out, Math.min(limit, Math.max(out.length * 2, MIN_GROWTH)));
          out[produced++] = probe[0];
          continue;
        }
        int n = inflater.inflate(out, produced, out.length - produced);
        produced += n;
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw notGzip("truncated deflate stream");
        }
      }
      if (produced > maxBytes) {
        throw tooLarge(maxBytes);
      }
      long trailerStart = deflateStart + inflater.getBytesRead();
      checkTrailer(data, trailerStart, out, produced);
    } catch (DataFormatException e) {
      throw notGzip("corrupt deflate stream");
    } finally {
      inflater.end();
    }
    return produced == out.length ? out : Arrays.copyOf(out, produced);
  }

  /** Uses the (untrusted, so capped) ISIZE field to size the buffer once in the usual case. */
  private static int initialCapacity(byte[] data, int limit) {
    if (data.length < HEADER_LENGTH + TRAILER_LENGTH) {
      return Math.min(limit, MIN_GROWTH);
    }
    long declared = readIntLe(data, data.length - 4);
    return (int) Math.min(limit, Math.max(MIN_GROWTH, declared));
  }

  private static int skipHeader(byte[] data) {
    if (data.length < HEADER_LENGTH + TRAILER_LENGTH || !hasMagic(data) || data[2] != 8) {
      throw notGzip("no GZIP header");
    }
    int flags = data[3] & 0xFF;
    if ((flags & RESERVED_FLAGS) != 0) {
      throw notGzip("reserved GZIP flags set");
    }
    int pos = HEADER_LENGTH;
    if ((flags & FEXTRA) != 0) {
      requireAvailable(data, pos, 2);
      int extraLength = (data[pos] & 0xFF) | ((data[pos + 1] & 0xFF) << 8);
      pos += 2;
      requireAvailable(data, pos, extraLength);
      pos += extraLength;
    }
    if ((flags & FNAME) != 0) {
      pos = skipZeroTerminated(data, pos);
    }
    if ((flags & FCOMMENT) != 0) {
      pos = skipZeroTerminated(data, pos);
    }
    if ((flags & FHCRC) != 0) {
      requireAvailable(data, pos, 2);
      CRC32 crc = new CRC32();
      crc.update(data, 0, pos);
      int expected = (data[pos] & 0xFF) | ((data[pos + 1] & 0xFF) << 8);
      if ((crc.getValue() & 0xFFFF) != expected) {
        throw notGzip("GZIP header checksum mismatch");
      }
      pos += 2;
    }
    return pos;
  }

  private static void checkTrailer(byte[] data, long trailerStart, byte[] out, int produced) {
    if (trailerStart + TRAILER_LENGTH != data.length) {
      throw notGzip("GZIP trailer missing or followed by extra bytes");
    }
    int start = (int) trailerStart;
    CRC32 crc = new CRC32();
    crc.update(out, 0, produced);
    if (crc.getValue() != readIntLe(data, start)
        || (produced & 0xFFFFFFFFL) != readIntLe(data, start + 4)) {
      throw notGzip("GZIP checksum or length mismatch");
    }
  }

  private static int skipZeroTerminated(byte[] data, int pos) {
    int i = pos;
    while (i < data.length && data[i] != 0) {
      i++;
    }
    if (i >= data.length) {
      throw notGzip("unterminated GZIP header field");
    }
    return i + 1;
  }

  private static void requireAvailable(byte[] data, int pos, int count) {
    if (data.length - pos < count) {
      throw notGzip("truncated GZIP header");
    }
  }

  private static long readIntLe(byte[] data, int pos) {
    return (data[pos] & 0xFFL)
        | (data[pos + 1] & 0xFFL) << 8
        | (data[pos + 2] & 0xFFL) << 16
        | (data[pos + 3] & 0xFFL) << 24;
  }

  private static StatusListException notGzip(String message) {
    return new StatusListException(StatusListException.Reason.NOT_GZIP, message);
  }

  private static StatusListException tooLarge(int maxBytes) {
    return new StatusListException(
        StatusListException.Reason.TOO_LARGE, "status list expands beyond " + maxBytes + " bytes");
  }
}
