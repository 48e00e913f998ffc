package org.tessera.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Ob2Badges;
import picocli.CommandLine;

/** {@code verify} with Open Badges 2.0 assertions and {@code --recipient-email}. */
class VerifyOb2CommandTest {

  private final Fixture fixture = new Fixture();
  private final StringWriter out = new StringWriter();

  @AfterEach
  void close() {
    fixture.close();
  }

  private int verify(Path file, String... more) {
    fixture.writeTrustList(fixture.trustList(List.of(Ob2Badges.trusted(fixture.site))));
    CommandLine cli = Cli.commandLine(fixture.clock,
        Map.of("VERIFIER_ALLOW_HTTP_LOCALHOST", "true"), new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    String[] base = {"verify", file.toString(), "--json", "--trust-list",
        fixture.trustListFile().toString(), "--trust-anchor", fixture.anchorFile().toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return cli.execute(all);
  }

  @Test
  void verify_assertionUrlFile_exit0AsOpenBadges2() {
    String url = Ob2Badges.publishHosted(fixture.site, "c1").get("id").asText();

    assertThat(verify(fixture.file("badge.url", url), "--recipient-email", Ob2Badges.EMAIL))
        .isEqualTo(Cli.VERIFIED);
    assertThat(Json.parseUntrusted(out.toString()).orElseThrow().path("format").asText())
        .isEqualTo("Open Badges 2.0");
  }

  @Test
  void verify_wrongRecipientEmail_exit1WithCode() {
    String json = Json.write(Ob2Badges.publishHosted(fixture.site, "c2"));

    assertThat(verify(fixture.file("badge.json", json), "--recipient-email", "x@example.org"))
        .isEqualTo(Cli.NOT_VERIFIED);
    assertThat(out.toString()).contains("OB2_RECIPIENT_MISMATCH").doesNotContain("x@example.org");
  }

  @Test
  void verify_humanReport_saysOpenBadges2() {
    String json = Json.write(Ob2Badges.publishHosted(fixture.site, "c3"));
    fixture.writeTrustList(fixture.trustList(List.of(Ob2Badges.trusted(fixture.site))));
    CommandLine cli = Cli.commandLine(fixture.clock,
        Map.of("VERIFIER_ALLOW_HTTP_LOCALHOST", "true"), new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("verify", fixture.file("badge.json", json).toString(), "--trust-list",
        fixture.trustListFile().toString(), "--trust-anchor", fixture.anchorFile().toString()))
        .isEqualTo(Cli.VERIFIED);
    assertThat(out.toString()).contains("Format: Open Badges 2.0")
        .contains("[PASSED]  ob2.hosted").contains("[SKIPPED] cmf");
  }
}
