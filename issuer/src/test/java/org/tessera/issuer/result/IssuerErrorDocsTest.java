package org.tessera.issuer.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every issuer problem code is documented with its HTTP status in both error tables. */
class IssuerErrorDocsTest {

  @ParameterizedTest
  @EnumSource(IssuerError.class)
  void everyCode_listedWithItsStatusInReadmeAndIssuerDoc(IssuerError code) throws IOException {
    String row = "| `" + code.name() + "` | " + code.status() + " |";

    assertThat(Files.readString(Path.of("..", "README.md"))).contains(row);
    assertThat(Files.readString(Path.of("..", "docs", "issuer.md"))).contains(row);
  }
}
