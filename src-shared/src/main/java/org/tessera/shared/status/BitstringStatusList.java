package org.tessera.shared.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * An immutable W3C Bitstring Status List (v1.0): index 0 is the most significant bit of byte 0.
 * Encoded as GZIP, then multibase base64url without padding ({@code u…}).
 *
 * <p>Decoding is bounded: the caller names the largest expanded size it accepts, and a GZIP bomb
 * is stopped after {@code maxBytes + 1} bytes of output. Lists shorter than 16 KB (131,072
 * entries, the spec's minimum for herd privacy) are refused.
 */
public final class BitstringStatusList {

  /** The spec's minimum length in entries (16 KB). */
  public static final int MIN_SIZE = 131_072;

  /** The minimum length in bytes. */
  public static final int MIN_BYTES = MIN_SIZE / 8;

  private static final char MULTIBASE_BASE64URL = 'u';

  private final byte[] bytes;

  private BitstringStatusList(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * An all-zero list of {@code size} entries.
   *
   * @throws IllegalArgumentException if size is below 131,072 or not a multiple of 8
   */
  public static BitstringStatusList create(int size) {
    if (size < MIN_SIZE || size % 8 != 0) {
      throw new IllegalArgumentException(
          "status list size must be a multiple of 8 and at least " + MIN_SIZE + ": " + size);
    }
    return new BitstringStatusList(new byte[size / 8]);
  }

  /** Number of entries. */
  public int size() {
    return bytes.length * 8;
  }

  /** The bit at {@code index}. */
  public boolean get(int index) {
    checkIndex(index);
    return (bytes[index >>> 3] & mask(index)) != 0;
  }

  /** A copy with the bit at {@code index} set to {@code value}; this list is unchanged. */
  public BitstringStatusList with(int index, boolean value) {
    checkIndex(index);
    if (get(index) == value) {
      return this;
    }
    byte[] copy = bytes.clone();
    copy[index >>> 3] ^= mask(index);
    return new BitstringStatusList(copy);
  }

  /** GZIP, then multibase base64url without padding, prefixed {@code u}. */
  public String encode() {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 16 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory GZIP failed", e);
    }
    return MULTIBASE_BASE64URL
        + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
  }

  /**
   * Decodes an {@code encodedList}.
   *
   * @param encoded the multibase string, {@code u} followed by unpadded base64url of GZIP data
   * @param maxBytes the largest expanded bitstring accepted, in bytes (at least 16,384)
   * @throws StatusListException with a stable {@link StatusListException.Reason}
   * @throws IllegalArgumentException if {@code maxBytes} is below 16,384 (a caller bug)
   */
  public static BitstringStatusList decode(String encoded, int maxBytes) {
    if (maxBytes < MIN_BYTES || maxBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBytes must be in [" + MIN_BYTES + ", 2^31-2]");
    }
    if (encoded == null || encoded.isEmpty() || encoded.charAt(0) != MULTIBASE_BASE64URL) {
      throw new StatusListException(
          StatusListException.Reason.NOT_MULTIBASE, "encodedList must start with 'u'");
    }
    if (encoded.length() - 1L > maxEncodedChars(maxBytes)) {
      throw new StatusListException(
          StatusListException.Reason.TOO_LARGE, "encodedList is longer than any list it may hold");
    }
    byte[] compressed = base64UrlNoPadding(encoded);
    if (!GzipInflate.hasMagic(compressed)) {
      throw new StatusListException(
          StatusListException.Reason.NOT_GZIP, "encodedList is not GZIP data");
    }
    byte[] expanded = GzipInflate.inflate(compressed, maxBytes);
    if (expanded.length < MIN_BYTES) {
      throw new StatusListException(
          StatusListException.Reason.TOO_SMALL, "status list is shorter than 16 KB");
    }
    return new BitstringStatusList(expanded);
  }

  /**
   * The longest base64 text a list of {@code maxBytes} can honestly need: stored deflate blocks
   * cost 5 bytes per 64 KB, so an eighth plus a header allowance is generous.
   */
  private static long maxEncodedChars(int maxBytes) {
    long maxCompressed = maxBytes + maxBytes / 8L + 1024;
    return (maxCompressed + 2) / 3 * 4;
  }

  private static byte[] base64UrlNoPadding(String encoded) {
    if (encoded.indexOf('=') >= 0) {
      throw new StatusListException(
          StatusListException.Reason.BAD_BASE64, "encodedList must not be padded");
    }
    try {
      return Base64.getUrlDecoder().decode(encoded.substring(1));
    } catch (IllegalArgumentException e) {
      throw new StatusListException(
          StatusListException.Reason.BAD_BASE64, "encodedList is not base64url");
    }
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("status index " + index + " outside [0, " + size() + ")");
    }
  }

  private static int mask(int index) {
    return 0x80 >>> (index & 7);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BitstringStatusList
        && Arrays.equals(bytes, ((BitstringStatusList) other).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "BitstringStatusList[size=" + size() + "]";
  }
}
