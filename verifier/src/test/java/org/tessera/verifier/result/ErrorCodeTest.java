package org.tessera.verifier.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

  private static final String DOC = read();

  private static String read() {
    try {
      return Files.readString(Path.of("..", "README.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyCode_listedInReadmeErrorTable(ErrorCode code) {
    assertThat(DOC).contains("| `" + code.name() + "` |");
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyCode_hasInputFreeDescription(ErrorCode code) {
    assertThat(code.description()).isNotBlank().endsWith(".");
  }
}
