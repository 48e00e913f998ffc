package org.tessera.shared.status;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * The {@code lst} of an IETF Token Status List with {@code bits: 1}
 * (draft-ietf-oauth-status-list §4.1): status {@code i} is bit {@code i % 8} of byte
 * {@code i / 8}, counted from the least significant bit — the reverse of the W3C Bitstring Status
 * List's bit order — then DEFLATE in a ZLIB wrapper (RFC 1950), then base64url without padding.
 * One list of bits, two wire formats: Tessera stores the bits once and writes this encoding when
 * it signs the status list token.
 */
public final class TokenStatusBits {

  private TokenStatusBits() {}

  /** The {@code lst} value for the bits of {@code list} (index 0 first). */
  public static String lst(BitstringStatusList list) {
    byte[] raw = new byte[list.size() / 8];
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i)) {
        raw[i >>> 3] |= (byte) (1 << (i & 7));
      }
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    } finally {
      deflater.end();
    }
  }
}
