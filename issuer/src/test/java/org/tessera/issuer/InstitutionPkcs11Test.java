package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.InstitutionConfig;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.config.Pkcs11Settings;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.keys.SoftHsmToken;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;

/**
 * A further institution whose key lives in a PKCS#11 token (SoftHSM2, {@link SoftHsmToken}) that
 * the default institution uses too, under another alias: it publishes the token key, signs its
 * credentials inside the token, and no private part or PIN ever leaves it. Skipped, with a
 * message, where SoftHSM2 is not installed.
 */
class InstitutionPkcs11Test {

  private static final String ACADEMY = "/institutions/academy";
  private static final String ACADEMY_DID = TestIssuer.DID + ":institutions:academy";

  private static SoftHsmToken token;
  private static KeyPair defaultKey;
  private static KeyPair academyKey;

  @TempDir Path dir;

  @BeforeAll
  static void importKeys() throws Exception {
    token = SoftHsmToken.require("InstitutionPkcs11Test");
    defaultKey = token.importKey("default-es256");
    academyKey = token.importKey("academy-es256");
  }

  @Test
  void institutionWithTokenKey_publishesItAndSignsItsCredentialsInTheToken() throws Exception {
    IssuerConfig config = withAcademy(academy("academy-es256"));
    String secret = new ECKey.Builder(Curve.P_256, (ECPublicKey) academyKey.getPublic())
        .privateKey((ECPrivateKey) academyKey.getPrivate()).build().getD().toString();
    List<String> bodies = new ArrayList<>();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (IssuerApp app = IssuerApp.create(settings(config), TestIssuer.CLOCK)) {
      SigningKey active = app.institutions().find("academy").orElseThrow().keys().active();
      assertThat(active.keyId()).isEqualTo("academy-hsm-1");
      assertThat(active.toString()).contains("redacted");
      JavalinTest.test(app.server().javalin(), (server, client) -> {
        String didJson = text(client.get(ACADEMY + "/did.json"));
        bodies.add(didJson);
        JsonNode method = Json.parseUntrusted(didJson).orElseThrow().at("/verificationMethod/0");
        assertThat(method.get("id").asText()).isEqualTo(ACADEMY_DID + "#academy-hsm-1");
        JWK published = JWK.parse(method.get("publicKeyJwk").toString());
        assertThat(published.toECKey().toECPublicKey()).isEqualTo(academyKey.getPublic());
        bodies.add(text(client.get(ACADEMY + "/.well-known/jwks.json")));
        bodies.add(text(TestIssuer.get(client, ACADEMY + "/api/keys")));

        String achievement = json(TestIssuer.post(client, ACADEMY + "/api/achievements",
            TestIssuer.achievement(false))).get("id").asText();
        String issued = text(TestIssuer.post(client, ACADEMY + "/api/credentials",
            TestIssuer.issueRequest(achievement)));
        bodies.add(issued);
        JWSObject jws = JWSObject.parse(
            Json.parseUntrusted(issued).orElseThrow().get("jwt").asText());
        assertThat(jws.getHeader().getKeyID()).isEqualTo(ACADEMY_DID + "#academy-hsm-1");
        assertThat(JwsVerifiers.verify(jws, published, JwsAlgorithm.ES256)).isTrue();
        assertThat(jws.verify(new ECDSAVerifier((ECPublicKey) academyKey.getPublic()))).isTrue();
        assertThat(jws.verify(new ECDSAVerifier((ECPublicKey) defaultKey.getPublic())))
            .as("not signed with the default institution's token key").isFalse();
      });
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).as("the log was captured").contains("status=201");
    assertThat(bodies).hasSize(4).allSatisfy(body -> assertThat(body).doesNotContain(secret)
        .doesNotContain("\"d\"").doesNotContain(SoftHsmToken.PIN));
    assertThat(log).doesNotContain(secret).doesNotContain(SoftHsmToken.PIN);
  }

  @Test
  void institutionWithTheDefaultInstitutionsTokenKey_refusesToStart() throws Exception {
    IssuerConfig config = withAcademy(academy("default-es256"));

    assertThatThrownBy(() -> IssuerApp.create(settings(config), TestIssuer.CLOCK))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p).contains("institution 'academy'")
                .contains("'academy-hsm-1' is also a key of institution 'default'")));
  }

  @Test
  void institutionWithUnknownTokenAlias_refusesToStartNamingItsSetting() throws Exception {
    IssuerConfig config = withAcademy(academy("no-such-key"));

    assertThatThrownBy(() -> IssuerApp.create(settings(config), TestIssuer.CLOCK))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .singleElement().asString().startsWith("institution 'academy': pkcs11.alias: ")
            .contains("'no-such-key'").doesNotContain(SoftHsmToken.PIN));
  }

  /** The academy: an empty key folder and the token key {@code alias}, published as hsm-1. */
  private InstitutionConfig academy(String alias) throws Exception {
    Path keys = Files.createDirectories(dir.resolve("keys-academy"));
    return new InstitutionConfig("academy", "Tessera Academy", "DE", Optional.empty(), keys,
        Optional.empty(), Optional.of(new Pkcs11Settings(token.providerConfig(),
            SoftHsmToken.PIN, alias, "academy-hsm-1", Pkcs11Settings.Origin.INSTITUTIONS_FILE)));
  }

  private IssuerConfig withAcademy(InstitutionConfig academy) {
    return TestIssuer.config(dir).withInstitutions(List.of(academy));
  }

  /** ISSUER_PKCS11_*: the default institution's key in the same token. */
  /** {@code config} with the default institution's key on the token. */
  private static IssuerSettings settings(IssuerConfig config) {
    AccessConfig defaults = AccessConfig.defaults();
    return IssuerSettings.of(config).withAccess(new AccessConfig(defaults.publicPerMinute(),
        defaults.apiPerMinute(), false, Duration.ofSeconds(5), Optional.of(new Pkcs11Settings(
            token.providerConfig(), SoftHsmToken.PIN, "default-es256", "default-hsm"))));
  }
}
