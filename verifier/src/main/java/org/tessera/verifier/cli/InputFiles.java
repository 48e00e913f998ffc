package org.tessera.verifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a command's input: a file, or standard input for {@code -}; never more than a cap. */
final class InputFiles {

  private InputFiles() {}

  /** @throws IOException when unreadable or larger than {@code maxBytes} */
  static byte[] read(String input, InputStream stdin, int maxBytes) throws IOException {
    byte[] bytes;
    if (input.equals("-")) {
      bytes = stdin.readNBytes(maxBytes + 1);
    } else {
      Path path = Path.of(input);
      if (Files.size(path) > maxBytes) {
        throw new IOException("input file is too large");
      }
      bytes = Files.readAllBytes(path);
    }
    if (bytes.length > maxBytes) {
      throw new IOException("input is too large");
    }
    return bytes;
  }
}
