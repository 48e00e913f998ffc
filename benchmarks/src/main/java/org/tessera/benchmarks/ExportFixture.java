package org.tessera.benchmarks;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * Writes the sample credential signed with a fresh ES256 key ({@code es256.jwt}) and the public
 * key ({@code es256.public.jwk.json}) into a directory, so the Node comparison verifies the very
 * token shape the JMH benchmarks verify. The private key is not written.
 */
public final class ExportFixture {

  private ExportFixture() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ExportFixture <output directory>");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    JWK key = Fixtures.key(JwsAlgorithm.ES256);
    String jwt = Fixtures.signedCredential(key);
    Files.writeString(dir.resolve("es256.jwt"), jwt, StandardCharsets.US_ASCII);
    Files.writeString(dir.resolve("es256.public.jwk.json"), key.toPublicJWK().toJSONString(),
        StandardCharsets.US_ASCII);
    System.out.println("wrote " + dir + " (JWT " + jwt.length() + " chars)");
  }
}
