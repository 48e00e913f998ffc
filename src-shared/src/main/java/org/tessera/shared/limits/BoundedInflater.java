package org.tessera.shared.limits;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** ZLIB inflation with a ceiling: a deflate bomb stops at {@code maxBytes}, never fills memory. */
public final class BoundedInflater {

  private BoundedInflater() {}

  /**
   * The inflated bytes of {@code data[offset, offset + length)}; empty when they are not a
   * complete ZLIB stream or inflate to more than {@code maxBytes}.
   */
  public static Optional<byte[]> inflate(byte[] data, int offset, int length, int maxBytes) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data, offset, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return Optional.empty();
        }
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          return Optional.empty();
        }
      }
      return Optional.of(out.toByteArray());
    } catch (DataFormatException e) {
      return Optional.empty();
    } finally {
      inflater.end();
    }
  }
}
