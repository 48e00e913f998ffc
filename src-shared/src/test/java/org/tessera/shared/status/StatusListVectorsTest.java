package org.tessera.shared.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.shared.json.Json;

/**
 * Walks {@code vectors/status/NNN-name/} (see the README there): lists encoded by
 * {@code @digitalbazaar/vc-bitstring-status-list}, the spec's example and one list our own
 * encoder wrote for the Node package to check.
 */
class StatusListVectorsTest {

  static final Path VECTORS = Path.of("src/test/resources/vectors/status");
  private static final int MAX_BYTES = 1 << 20;

  static Stream<Path> vectors() throws IOException {
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> children = Files.list(VECTORS)) {
      children.filter(dir -> Files.isRegularFile(dir.resolve("encoded.txt")))
          .sorted()
          .forEach(dirs::add);
    }
    assertThat(dirs).hasSizeGreaterThanOrEqualTo(9);
    return dirs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decode_vector_exactlyExpectedBitsSet(Path dir) throws IOException {
    Vector vector = Vector.read(dir);

    BitstringStatusList decoded = BitstringStatusList.decode(vector.encoded(), MAX_BYTES);

    assertThat(decoded.size()).isEqualTo(vector.length());
    assertThat(setIndexes(decoded)).containsExactlyElementsOf(vector.set());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encode_sameBitsAsVector_decodesToSameList(Path dir) throws IOException {
    Vector vector = Vector.read(dir);
    BitstringStatusList ours = BitstringStatusList.create(vector.length());
    for (int index : vector.set()) {
      ours = ours.with(index, true);
    }

    BitstringStatusList roundTripped = BitstringStatusList.decode(ours.encode(), MAX_BYTES);

    assertThat(roundTripped).isEqualTo(BitstringStatusList.decode(vector.encoded(), MAX_BYTES));
  }

  private static List<Integer> setIndexes(BitstringStatusList list) {
    List<Integer> set = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i)) {
        set.add(i);
      }
    }
    return set;
  }

  record Vector(String encoded, int length, List<Integer> set) {

    static Vector read(Path dir) throws IOException {
      String encoded = Files.readString(dir.resolve("encoded.txt"), StandardCharsets.UTF_8).trim();
      JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
      List<Integer> set = new ArrayList<>();
      expected.get("set").forEach(index -> set.add(index.intValue()));
      return new Vector(encoded, expected.get("length").intValue(), List.copyOf(set));
    }
  }
}
