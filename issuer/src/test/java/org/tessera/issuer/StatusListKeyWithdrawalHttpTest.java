package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentials;
import org.tessera.shared.testkit.MutableClock;

/**
 * When a key is compromised or retired, every status list is re-signed with the active key, its
 * bits unchanged; a second node that still signed with the old key (its key states not yet
 * re-read) repairs the list when it next reads them. On SQLite and on PostgreSQL.
 */
class StatusListKeyWithdrawalHttpTest extends HttpTestBase {

  /** A status entry of an issued credential and whether its bit must be set. */
  private record Bit(JsonNode entry, boolean set) {}

  private final MutableClock clock = new MutableClock(TestIssuer.NOW);
  private JWK key1;
  private JWK key2;
  private IssuerApp secondNode;

  @BeforeEach
  void secondKeyAndMovableClock() throws Exception {
    key2 = TestIssuer.writeKey(dir.resolve("keys"), JwsAlgorithm.ES256, "es256-2");
    key1 = JWK.parse(Files.readString(dir.resolve("keys").resolve("es256-1.jwk")));
    app.close();
    app = node();
  }

  @AfterEach
  void closeSecondNode() {
    if (secondNode != null) {
      secondNode.close();
    }
  }

  /** One issuer node on the test database; key states re-read every 5 s of {@link #clock}. */
  private IssuerApp node() {
    return IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())), clock);
  }

  @Test
  void compromise_everyStatusListReSignedWithActiveKey_bitsKept() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode revoked = issue(client);
      JsonNode suspended = issue(client);
      assertThat(post(client, "/api/credentials/" + revoked.get("id").asText() + "/revoke", "")
          .code()).isEqualTo(200);
      assertThat(post(client, "/api/credentials/" + suspended.get("id").asText() + "/suspend",
          "").code()).isEqualTo(200);
      List<Bit> bits = new ArrayList<>();
      revoked.at("/credential/credentialStatus").forEach(e -> bits.add(
          new Bit(e, e.get("statusPurpose").asText().equals("revocation"))));
      suspended.at("/credential/credentialStatus").forEach(e -> bits.add(
          new Bit(e, e.get("statusPurpose").asText().equals("suspension"))));
      assertThat(bits.stream().map(b -> b.entry().get("statusListCredential").asText())
          .distinct()).as("one revocation and one suspension list").hasSize(2);

      assertThat(json(post(client, "/api/keys/es256-1/compromise",
          "{\"since\": \"2026-03-01T09:00:00Z\"}")).get("code").asText())
          .isEqualTo("KEY_IS_ACTIVE");
      post(client, "/api/keys/es256-2/activate", "{}");
      for (Bit bit : bits) {
        assertSignedBy(client, bit.entry(), key1, key2);
      }

      post(client, "/api/keys/es256-1/compromise", "{\"since\": \"2026-03-01T09:00:00Z\"}");

      for (Bit bit : bits) {
        assertSignedBy(client, bit.entry(), key2, key1);
        assertThat(bit(client, bit.entry())).as(bit.entry().toString()).isEqualTo(bit.set());
      }
    });
  }

  @Test
  void retire_listsSignedByRetiredKey_reSignedWithActiveKey() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode revocation = revocationEntry(issue(client));
      post(client, "/api/keys/es256-2/activate", "{}");
      assertSignedBy(client, revocation, key1, key2);

      post(client, "/api/keys/es256-1/retire", "{}");

      assertSignedBy(client, revocation, key2, key1);
    });
  }

  @Test
  void compromiseOnOneNode_staleNodeSignedWithOldKey_repairsOnItsNextKeyStateRead() {
    secondNode = node();
    JavalinTest.test(app.server().javalin(), (serverA, a) ->
        JavalinTest.test(secondNode.server().javalin(), (serverB, b) -> {
          JsonNode issued = issue(a);
          JsonNode revocation = revocationEntry(issued);
          post(a, "/api/keys/es256-2/activate", "{}");
          post(a, "/api/keys/es256-1/compromise", "{\"since\": \"2026-03-01T09:00:00Z\"}");
          assertSignedBy(b, revocation, key2, key1);

          // Node B read the key states less than ISSUER_KEY_REFRESH ago: es256-1 still signs.
          post(b, "/api/credentials/" + issued.get("id").asText() + "/revoke", "");
          assertSignedBy(b, revocation, key1, key2);

          clock.advance(Duration.ofSeconds(6));

          assertSignedBy(b, revocation, key2, key1);
          assertThat(bit(b, revocation)).isTrue();
        }));
  }

  private static JsonNode issue(HttpClient client) {
    String achievementId = json(post(client, "/api/achievements",
        TestIssuer.achievement(true))).get("id").asText();
    return json(post(client, "/api/credentials", TestIssuer.issueRequest(achievementId)));
  }

  private static JsonNode revocationEntry(JsonNode issued) {
    for (JsonNode entry : issued.at("/credential/credentialStatus")) {
      if (entry.get("statusPurpose").asText().equals("revocation")) {
        return entry;
      }
    }
    throw new AssertionError("no revocation entry");
  }

  private static String served(HttpClient client, JsonNode entry) {
    return text(client.get(entry.get("statusListCredential").asText()
        .substring(TestIssuer.BASE.length())));
  }

  /** The served list carries {@code signer}'s kid and verifies with it, not with {@code other}. */
  private static void assertSignedBy(HttpClient client, JsonNode entry, JWK signer, JWK other)
      throws Exception {
    String jwt = served(client, entry);
    assertThat(JWSObject.parse(jwt).getHeader().getKeyID())
        .isEqualTo(TestIssuer.DID + "#" + signer.getKeyID());
    assertThat(JWSObject.parse(jwt).verify(new ECDSAVerifier(signer.toECKey().toECPublicKey())))
        .isTrue();
    assertThat(JWSObject.parse(jwt).verify(new ECDSAVerifier(other.toECKey().toECPublicKey())))
        .isFalse();
  }

  private static boolean bit(HttpClient client, JsonNode entry) throws Exception {
    JsonNode payload = Json.parseUntrusted(JWSObject.parse(served(client, entry)).getPayload()
        .toString()).orElseThrow();
    String encoded = StatusListCredentials.fromJson(payload).orElseThrow().encodedList();
    return BitstringStatusList.decode(encoded, 1 << 20)
        .get(entry.get("statusListIndex").asInt());
  }
}
