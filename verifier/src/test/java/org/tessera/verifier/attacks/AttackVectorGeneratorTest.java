package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackVectorGeneratorTest {

  @Test
  void generateAll_fixedKeys_reproducesCheckedInVectorsByteForByte(@TempDir Path out)
      throws IOException {
    Path root = AttackVector.root();
    new AttackVectorGenerator(out, root.resolve("keys")).generateAll();

    List<Path> generated = files(out);
    assertThat(generated).isNotEmpty();
    for (Path relative : generated) {
      assertThat(Files.readAllBytes(out.resolve(relative)))
          .as(relative.toString())
          .isEqualTo(Files.readAllBytes(root.resolve(relative)));
    }
    List<Path> checkedIn = files(root).stream().filter(p -> !p.startsWith("keys"))
        .filter(p -> !p.toString().equals("README.md")).toList();
    assertThat(checkedIn).containsExactlyInAnyOrderElementsOf(generated);
  }

  @Test
  void gzipBomb_smallText_inflatesFarBeyondTheDecodeLimit() {
    String bomb = AttackVectorGenerator.gzipBomb(64 * 1024 * 1024);
    assertThat(bomb).startsWith("u").hasSizeLessThan(200_000);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
