package org.tessera.verifier.http;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded file (already in memory: BodyLimits capped the request). */
final class Uploads {

  private Uploads() {}

  /** At most {@code max} bytes of the file. */
  static byte[] read(UploadedFile file, int max) {
    try (InputStream in = file.content()) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException("upload could not be read", e);
    }
  }
}
