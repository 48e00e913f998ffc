package org.tessera.shared.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/** Hand-built encoded lists, so tests do not depend on the encoder under test. */
final class StatusListTestData {

  private StatusListTestData() {}

  static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String multibase(byte[] compressed) {
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed);
  }

  static String encodedRaw(byte[] raw) {
    return multibase(gzip(raw));
  }
}
