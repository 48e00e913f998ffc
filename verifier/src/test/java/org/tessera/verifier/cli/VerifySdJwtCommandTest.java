package org.tessera.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.SdJwtVectors;
import picocli.CommandLine;

/** {@code verify} with SD-JWT VCs and {@code --nonce}/{@code --audience} (no network needed). */
class VerifySdJwtCommandTest {

  private final Fixture fixture = new Fixture();
  private final StringWriter out = new StringWriter();

  @AfterEach
  void close() {
    fixture.close();
  }

  private int verify(String... args) {
    CommandLine cli = Cli.commandLine(fixture.clock, Map.of(), new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private static Path vector(String name) {
    return SdJwtVectors.root().resolve(name).resolve("credential.sd-jwt");
  }

  @Test
  void verify_issuerAlgNone_exit1SaysSdJwtAndAlgNotAllowed() {
    assertThat(verify("verify", vector("invalid/011-issuer-alg-none").toString(),
        "--no-trust-list")).isEqualTo(Cli.NOT_VERIFIED);
    assertThat(out.toString()).contains("Format: SD-JWT VC").contains("ALG_NOT_ALLOWED");
  }

  @Test
  void verify_nonceForAnOb3Jwt_exit1SdJwtMalformed() {
    Path jwt = fixture.file("credential.jwt", fixture.sign(fixture.credential()));

    assertThat(verify("verify", jwt.toString(), "--nonce", "n", "--audience", "a", "--json",
        "--no-trust-list")).isEqualTo(Cli.NOT_VERIFIED);
    assertThat(out.toString()).contains("SD_JWT_MALFORMED").contains("\"format\" : \"SD-JWT VC\"");
  }
}
