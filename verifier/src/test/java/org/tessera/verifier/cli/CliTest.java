package org.tessera.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.shared.trust.TrustListJson;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustListResult;
import org.tessera.verifier.testkit.Fixture;
import picocli.CommandLine;

class CliTest {

  private final Fixture fixture = new Fixture();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Map<String, String> env = Map.of("VERIFIER_ALLOW_HTTP_LOCALHOST", "true");

  @AfterEach
  void close() {
    fixture.close();
  }

  private int run(String stdin, String... args) {
    CommandLine cli = Cli.commandLine(fixture.clock, env,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private String[] verifyArgs(String input, String... more) {
    String[] base = {"verify", input, "--trust-list", fixture.trustListFile().toString(),
        "--trust-anchor", fixture.anchorFile().toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void verify_validCredentialFile_exit0AndHumanReport() {
    Path file = fixture.file("credential.jwt", fixture.sign(fixture.credential()));
    assertThat(run("", verifyArgs(file.toString()))).isEqualTo(Cli.VERIFIED);
    assertThat(out.toString()).startsWith("VERIFIED").contains(Fixture.ISSUER_NAME)
        .contains("[PASSED]  signature");
  }

  @Test
  void verify_revokedFromStdinAsJson_exit1WithJsonReport() {
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    String input = "{\"verifiableCredential\":\"" + fixture.sign(fixture.credential()) + "\"}";

    assertThat(run(input, verifyArgs("-", "--json"))).isEqualTo(Cli.NOT_VERIFIED);
    JsonNode report = Json.parseUntrusted(out.toString()).orElseThrow();
    assertThat(report.get("verified").asBoolean()).isFalse();
    assertThat(report.get("errors").get(0).get("code").asText()).isEqualTo("REVOKED");
  }

  @Test
  void verify_learnerRecord_exit0WithTranscriptLines() {
    String jwt = fixture.sign(fixture.credential());
    Path file = fixture.file("record.jwt", fixture.learnerRecord(List.of(jwt)));

    assertThat(run("", verifyArgs(file.toString()))).as(out.toString()).isEqualTo(Cli.VERIFIED);
    assertThat(out.toString()).startsWith("VERIFIED: the learner record is valid")
        .contains("[PASSED]  clr.credentials").contains("Transcript (1 credential(s)):")
        .contains("[verified]");
  }

  @Test
  void verify_learnerRecordWithRevokedCredentialAsJson_exit1() {
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    Path file = fixture.file("record.jwt",
        fixture.learnerRecord(List.of(fixture.sign(fixture.credential()))));

    assertThat(run("", verifyArgs(file.toString(), "--json"))).isEqualTo(Cli.NOT_VERIFIED);
    JsonNode report = Json.parseUntrusted(out.toString()).orElseThrow();
    assertThat(report.get("transcript").get(0).get("outcome").asText()).isEqualTo("not-verified");
  }

  @Test
  void verify_withoutTrustList_exit1FailClosed() {
    Path file = fixture.file("credential.jwt", fixture.sign(fixture.credential()));
    assertThat(run("", "verify", file.toString())).isEqualTo(Cli.NOT_VERIFIED);
    assertThat(out.toString()).contains("TRUST_LIST_UNAVAILABLE");
  }

  @Test
  void verify_noTrustListFlag_exit0WithWarning() {
    Path file = fixture.file("credential.jwt", fixture.sign(fixture.credential()));
    assertThat(run("", "verify", file.toString(), "--no-trust-list")).isEqualTo(Cli.VERIFIED);
    assertThat(out.toString()).contains("[WARNING]").contains("TRUST_LIST_UNAVAILABLE");
  }

  @Test
  void verify_missingFile_exit2() {
    assertThat(run("", verifyArgs("/nonexistent/credential.jwt"))).isEqualTo(Cli.ERROR);
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void verify_usageErrors_exit2() {
    assertThat(run("", "verify")).isEqualTo(Cli.ERROR);
    assertThat(run("", "verify", "x", "--bogus")).isEqualTo(Cli.ERROR);
    assertThat(run("", "frobnicate")).isEqualTo(Cli.ERROR);
  }

  @Test
  void verify_trustListWithoutAnchor_exit2() {
    Path file = fixture.file("credential.jwt", fixture.sign(fixture.credential()));
    assertThat(run("", "verify", file.toString(), "--trust-list",
        fixture.trustListFile().toString())).isEqualTo(Cli.ERROR);
    assertThat(err.toString()).contains("trust anchor");
  }

  @Test
  void trustListSign_sourceAndKey_printsVerifiableJwt() throws Exception {
    Path source = fixture.file("source.json",
        Json.writePretty(TrustListJson.toJson(fixture.trustList(java.util.List.of()))));
    Path key = fixture.file("anchor.jwk", Json.write(fixture.anchorKey.toJSONObject()));

    assertThat(run("", "trust-list", "sign", "--source", source.toString(), "--key",
        key.toString())).isEqualTo(Cli.VERIFIED);
    TrustListResult result = TrustListJwt.verify(out.toString().strip(),
        fixture.anchorKey.toPublicJWK(), fixture.clock, 0);
    assertThat(result).isInstanceOf(TrustListResult.Valid.class);

    Path target = fixture.file("out.jwt", "");
    assertThat(run("", "trust-list", "sign", "--source", source.toString(), "--key",
        key.toString(), "--out", target.toString())).isEqualTo(Cli.VERIFIED);
    assertThat(Files.readString(target)).startsWith("ey");
  }

  @Test
  void trustListSign_publicKey_exit2() {
    Path source = fixture.file("source.json",
        Json.writePretty(TrustListJson.toJson(fixture.trustList(java.util.List.of()))));
    assertThat(run("", "trust-list", "sign", "--source", source.toString(), "--key",
        fixture.anchorFile().toString())).isEqualTo(Cli.ERROR);
    assertThat(err.toString()).contains("private");
  }
}
