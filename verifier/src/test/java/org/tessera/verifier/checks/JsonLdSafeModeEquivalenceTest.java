package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.testkit.VectorFiles;

/**
 * The verifier's JSON-LD check over {@code vectors/jsonld-safe-mode}, the documents that
 * {@code interop/jsonld/safe-mode.test.mjs} gives jsonld.js in safe mode: what jsonld.js refuses,
 * the check refuses ({@code refused-by-tessera-only}: stricter than jsonld.js, documented).
 */
class JsonLdSafeModeEquivalenceTest {

  private static final JsonLdCheck CHECK = new JsonLdCheck(new JsonLdTermCheck());

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void check_sameVerdictAsJsonLdJsSafeMode(String name) {
    ObjectNode document = (ObjectNode) read(root().resolve(name + ".json"));
    String expected = read(root().resolve("expected.json")).path(name).asText();

    CheckStatus status = CHECK.check(document).status();

    assertThat(expected).isIn("accepted", "refused", "refused-by-tessera-only");
    assertThat(status).isEqualTo(expected.equals("accepted") ? CheckStatus.PASSED
        : CheckStatus.FAILED);
  }

  static List<String> documents() {
    try (Stream<Path> files = Files.list(root())) {
      return files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".json") && !f.equals("expected.json"))
          .map(f -> f.substring(0, f.length() - ".json".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    return VectorFiles.root("jsonld-safe-mode");
  }

  private static JsonNode read(Path file) {
    return VectorFiles.json(file);
  }

}
