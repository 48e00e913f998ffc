package org.tessera.verifier.attacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.ErrorCode;

/** One vector directory {@code attacks/NNN-name/}: the input, the expected code, its setup. */
record AttackVector(String name, Path dir, String input, ErrorCode code, ObjectNode setup) {

  static Path root() {
    try {
      return Path.of(AttackVector.class.getResource("/vectors/attacks").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every {@code NNN-name} directory of a credential attack, in order. */
  static List<AttackVector> all() {
    return every().stream().filter(v -> !v.presentation()).toList();
  }

  /** The presentation attacks ({@code kind: presentation}), in order. */
  static List<AttackVector> presentations() {
    return every().stream().filter(AttackVector::presentation).toList();
  }

  private static List<AttackVector> every() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(d -> d.getFileName().toString().matches("\\d{3}-.+"))
          .sorted().map(AttackVector::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A presentation to verify against the setup's {@code nonce} and {@code audience}. */
  boolean presentation() {
    return setup.path("kind").asText("credential").equals("presentation");
  }

  static AttackVector load(Path dir) {
    Path input = Files.exists(dir.resolve("input.jwt")) ? dir.resolve("input.jwt")
        : dir.resolve("input.json");
    ObjectNode expected = json(dir.resolve("expected.json"));
    if (expected.path("verified").asBoolean(true)) {
      throw new IllegalStateException(dir + ": an attack vector must expect verified=false");
    }
    return new AttackVector(dir.getFileName().toString(), dir, read(input).strip(),
        ErrorCode.valueOf(expected.get("code").asText()), json(dir.resolve("vector.json")));
  }

  /** A fixture file of this vector, if it has one. */
  Optional<String> fixture(String file) {
    Path path = dir.resolve(file);
    return Files.exists(path) ? Optional.of(read(path).strip()) : Optional.empty();
  }

  boolean direct() {
    return setup.path("network").asText("routed").equals("direct");
  }

  Optional<JsonNode> setup(String field) {
    return Optional.ofNullable(setup.get(field));
  }

  @Override
  public String toString() {
    return name;
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode json(Path path) {
    return Json.parseUntrustedObject(read(path))
        .orElseThrow(() -> new IllegalStateException("not a JSON object: " + path));
  }
}
