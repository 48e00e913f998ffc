package org.tessera.verifier.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tessera.shared.json.Json;

/** The test-vector folders under {@code src/test/resources/vectors/} and their JSON files. */
public final class VectorFiles {

  private VectorFiles() {}

  /** The folder {@code vectors/<name>}. */
  public static Path root(String name) {
    try {
      return Path.of(VectorFiles.class.getResource("/vectors/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON file of a vector. */
  public static JsonNode json(Path file) {
    try {
      return Json.parseUntrusted(Files.readString(file, StandardCharsets.UTF_8)).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
