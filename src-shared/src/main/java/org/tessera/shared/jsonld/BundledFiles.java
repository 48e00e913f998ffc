package org.tessera.shared.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads files shipped inside the jar; a missing one is a packaging bug, not an input error. */
public final class BundledFiles {

  private BundledFiles() {}

  /** The bytes of the class-path resource at absolute {@code path}. */
  public static byte[] read(String path) {
    try (InputStream in = BundledFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled file missing from the jar: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled file " + path, e);
    }
  }
}
