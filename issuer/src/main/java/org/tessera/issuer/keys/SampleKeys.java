package org.tessera.issuer.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * RFC 7638 thumbprints of the public demo keys in {@code keys-sample/}. Anyone can sign with those,
 * so the issuer refuses them outside demo mode.
 */
public final class SampleKeys {

  private static final String RESOURCE = "sample-key-thumbprints.txt";

  private SampleKeys() {}

  public static Set<String> thumbprints() {
    try (InputStream in = SampleKeys.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
