package org.tessera.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.testkit.TwoInstitutions.AUDIENCE;
import static org.tessera.verifier.testkit.TwoInstitutions.NONCE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Presentations;
import org.tessera.verifier.testkit.TwoInstitutions;
import picocli.CommandLine;

class VerifyPresentationCommandTest {

  private final TwoInstitutions world = new TwoInstitutions();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void close() {
    world.close();
  }

  private int run(String stdin, String... args) {
    CommandLine cli = Cli.commandLine(world.university.clock,
        Map.of("VERIFIER_ALLOW_HTTP_LOCALHOST", "true"),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private String[] args(String input, String nonce, String... more) {
    String[] base = {"verify-presentation", input, "--nonce", nonce, "--audience", AUDIENCE,
        "--trust-list", world.university.trustListFile().toString(),
        "--trust-anchor", world.university.anchorFile().toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private String presentation() {
    return Presentations.vpJwt(world.learner, world.learnerCredentials(), NONCE, AUDIENCE,
        Fixture.NOW);
  }

  @Test
  void verifyPresentation_validFile_exit0AndHumanReport() {
    Path file = world.university.file("presentation.jwt", presentation());

    assertThat(run("", args(file.toString(), NONCE))).isEqualTo(Cli.VERIFIED);
    assertThat(out.toString())
        .startsWith("VERIFIED: the presentation is valid, every credential is the holder's")
        .contains("Holder: " + world.learner.did())
        .contains("Credential 2 of 2 (bound):")
        .contains("Issuer: Tessera Academy (DE)")
        .contains("[PASSED]  vp.signature");
  }

  @Test
  void verifyPresentation_wrongNonceFromStdinAsJson_exit1NonceMismatch() {
    assertThat(run(presentation(), args("-", "another", "--json"))).isEqualTo(Cli.NOT_VERIFIED);

    JsonNode report = Json.parseUntrusted(out.toString()).orElseThrow();
    assertThat(report.get("verified").asBoolean()).isFalse();
    assertThat(report.get("errors").findValuesAsText("code")).containsExactly("NONCE_MISMATCH");
  }

  @Test
  void verifyPresentation_withoutNonce_exit2() {
    assertThat(run("", "verify-presentation", "-", "--audience", AUDIENCE))
        .isEqualTo(Cli.ERROR);
    assertThat(err.toString()).contains("--nonce");
  }

  @Test
  void verifyPresentation_blankAudience_exit2() {
    assertThat(run(presentation(), "verify-presentation", "-", "--nonce", NONCE,
        "--audience", " ")).isEqualTo(Cli.ERROR);
  }
}
