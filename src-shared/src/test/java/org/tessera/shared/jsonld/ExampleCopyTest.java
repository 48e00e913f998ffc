package org.tessera.shared.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleCopyTest {

  @Test
  void cmfExample_testResource_identicalToDocsExample() throws IOException {
    // Surefire runs in the module directory; the documented example lives in ../docs.
    Path documented = Path.of("..", "docs", "examples", "cmf-microcredential.json");
    try (InputStream in = getClass().getResourceAsStream(
        "/org/tessera/shared/examples/cmf-microcredential.json")) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(documented));
    }
  }
}
