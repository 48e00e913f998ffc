package org.tessera.shared.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeSet;
import org.tessera.shared.json.Json;

/**
 * Test-only tool: writes {@code vectors/status/900-java-encoded/} with our encoder, for
 * {@code check-java-encoded.mjs} to decode with the Node implementation. Run from
 * {@code src-shared}:
 * {@code java -cp target/classes:target/test-classes:<deps> org.tessera.shared.status.JavaEncodedVectorMain}.
 */
public final class JavaEncodedVectorMain {

  private static final int LENGTH = 131_072;
  private static final long SEED = 7;

  private JavaEncodedVectorMain() {}

  public static void main(String[] args) throws IOException {
    Path dir = StatusListVectorsTest.VECTORS.resolve("900-java-encoded");
    Random random = new Random(SEED);
    TreeSet<Integer> set = new TreeSet<>();
    set.add(0);
    set.add(7);
    set.add(8);
    set.add(LENGTH - 1);
    while (set.size() < 104) {
      set.add(random.nextInt(LENGTH));
    }
    BitstringStatusList list = BitstringStatusList.create(LENGTH);
    for (int index : set) {
      list = list.with(index, true);
    }
    var expected = Json.object();
    expected.put("source", "Tessera BitstringStatusList.encode (Java), JavaEncodedVectorMain");
    expected.put("length", LENGTH);
    var array = expected.putArray("set");
    set.forEach(array::add);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("encoded.txt"), list.encode() + "\n");
    Files.writeString(dir.resolve("expected.json"), Json.writePretty(expected) + "\n");
  }
}
