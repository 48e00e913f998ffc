package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tessera.issuer.TestIssuer.json;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.InstitutionConfig;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.kit.testkit.JavalinTest;

/** Start-up rules of institutions: their own keys only, and their data kept across restarts. */
class InstitutionStartupTest {

  @TempDir Path dir;

  @Test
  void twoInstitutionsWithOneKey_refuseToStart() {
    InstitutionConfig uva = TestIssuer.institution(dir, "uva");
    InstitutionConfig copy = new InstitutionConfig("tud", "TU", "NL", Optional.empty(),
        uva.keysDir(), Optional.empty());
    IssuerConfig config = TestIssuer.config(dir).withInstitutions(List.of(uva, copy));

    assertThatThrownBy(() -> IssuerApp.create(IssuerSettings.of(config), TestIssuer.CLOCK))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p).contains("institution 'tud'")
                .contains("also a key of institution 'uva'")));
  }

  @Test
  void institutionWithTheDefaultKey_refusesToStart() {
    IssuerConfig base = TestIssuer.config(dir);
    InstitutionConfig sharing = new InstitutionConfig("uva", "UvA", "NL", Optional.empty(),
        base.keysDir(), Optional.empty());

    assertThatThrownBy(() -> IssuerApp.create(
        IssuerSettings.of(base.withInstitutions(List.of(sharing))), TestIssuer.CLOCK))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                .contains("also a key of institution 'default'")));
  }

  @Test
  void institutionWithSampleKeysOutsideDemo_refusesToStartNamingIt() {
    InstitutionConfig sample = new InstitutionConfig("uva", "UvA", "NL", Optional.empty(),
        Path.of("..", "keys-sample", "issuer"), Optional.empty());
    IssuerConfig config = TestIssuer.config(dir).withInstitutions(List.of(sample));

    assertThatThrownBy(() -> IssuerApp.create(IssuerSettings.of(config), TestIssuer.CLOCK))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p).startsWith("institution 'uva': ")
                .contains("sample key")));
  }

  @Test
  void restartWithoutAnInstitution_keepsItsDataForWhenItReturns() {
    InstitutionConfig uva = TestIssuer.institution(dir, "uva");
    IssuerConfig withUva = TestIssuer.config(dir).withInstitutions(List.of(uva));
    String[] credentialId = new String[1];
    try (IssuerApp app = IssuerApp.create(IssuerSettings.of(withUva), TestIssuer.CLOCK)) {
      JavalinTest.test(app.server().javalin(), (server, client) -> {
        String achievement = json(TestIssuer.post(client, "/institutions/uva/api/achievements",
            TestIssuer.achievement(false))).get("id").asText();
        credentialId[0] = json(TestIssuer.post(client, "/institutions/uva/api/credentials",
            TestIssuer.issueRequest(achievement))).get("id").asText();
      });
    }
    try (IssuerApp app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir)),
        TestIssuer.CLOCK)) {
      JavalinTest.test(app.server().javalin(), (server, client) -> {
        assertThat(client.get("/institutions/uva/did.json").code()).isEqualTo(404);
        assertThat(TestIssuer.get(client, "/api/credentials/" + credentialId[0]).code())
            .isEqualTo(404);
      });
    }
    try (IssuerApp app = IssuerApp.create(IssuerSettings.of(withUva), TestIssuer.CLOCK)) {
      JavalinTest.test(app.server().javalin(), (server, client) -> {
        assertThat(TestIssuer.get(client, "/institutions/uva/api/credentials/"
            + credentialId[0]).code()).isEqualTo(200);
        assertThat(json(TestIssuer.get(client, "/institutions/uva/api/keys"))
            .at("/items/0/state").asText()).isEqualTo("active");
      });
    }
  }
}
