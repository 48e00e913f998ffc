package org.tessera.shared.jsonld;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tessera.shared.json.Json;

/** Test credentials shipped as resources under {@code org/tessera/shared/examples/}. */
public final class Examples {

  private Examples() {}

  /** A fresh, mutable copy of the example credential {@code name}. */
  public static ObjectNode load(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/org/tessera/shared/examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + name);
      }
      return Json.parseUntrustedObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .orElseThrow(() -> new IllegalArgumentException("example is not a JSON object: " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode cmfMicroCredential() {
    return load("cmf-microcredential.json");
  }

  public static ObjectNode obFullExample() {
    return load("ob-full-example.json");
  }
}
