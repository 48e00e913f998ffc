package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.testkit.Fixture;

/**
 * The attack of issue 10: anyone can sign a credential with a self-made did:jwk and give it
 * thousands of status entries on a host that answers slowly. A flood of such requests must
 * neither hold the verifier's threads nor keep {@code /health} from answering.
 */
class VerificationFloodTest {

  private static final int ENTRIES = 2000;
  private static final int REQUESTS = 24;
  private static final int ATTACKERS = 8;
  /**
   * Each request costs CPU (parsing and schema-checking a 400 KB token), but at most one
   * verification per core runs at once (VerificationSlots), so /health keeps its turn: well under
   * a second on an idle machine, here bounded at two since the test machine is shared (seen at
   * 1.04 s under a load average of 15 on 2 cores). The old verifier never answered at all.
   */
  private static final Duration HEALTH_BOUND = Duration.ofSeconds(2);

  private final Fixture fixture = new Fixture();
  private final JWK attacker = JwkGenerator.generate(JwsAlgorithm.EdDSA, "attacker");
  private final String did = DidJwk.encode(attacker.toPublicJWK());

  @AfterEach
  void close() {
    fixture.close();
  }

  /** A did:jwk credential whose entries name {@value #ENTRIES} lists that answer after 8 s. */
  private String floodCredential() {
    ObjectNode credential = Fixture.credential(did, fixture.site.baseUrl() + "/slow/0");
    ArrayNode entries = credential.putArray("credentialStatus");
    for (int i = 0; i < ENTRIES; i++) {
      String path = "/slow/" + i;
      fixture.site.delay(path, Duration.ofSeconds(8));
      entries.addObject().put("type", "BitstringStatusListEntry")
          .put("statusPurpose", "revocation").put("statusListIndex", "1")
          .put("statusListCredential", fixture.site.baseUrl() + path);
    }
    return CredentialJwt.sign(credential, JwsSigners.forKey(attacker), JwsAlgorithm.EdDSA,
        did + "#0");
  }

  @Test
  void flood_withoutTrustList_everyRequestCappedAndHealthAnswers() throws Exception {
    VerifierConfig config = fixture.config().withTrustList(Optional.empty(), Optional.empty(),
        true);
    flood(VerifierApp.create(VerifierSettings.of(config), fixture.clock), "STATUS_LIMIT_EXCEEDED");
  }

  @Test
  void flood_untrustedIssuer_statusNeverFetchedAndHealthAnswers() throws Exception {
    flood(VerifierApp.create(VerifierSettings.of(fixture.config()), fixture.clock),
        "ISSUER_NOT_TRUSTED");
    assertThat(fixture.site.requests("/slow/0")).isZero();
  }

  private void flood(Javalin app, String code) {
    String body = Json.write(Json.object().put("verifiableCredential", floodCredential()));
    JavalinTest.test(app, (server, unused) -> {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      ExecutorService attackers = Executors.newFixedThreadPool(ATTACKERS);
      try {
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          answers.add(attackers.submit(() -> client.send(HttpRequest.newBuilder(
              base.resolve("/credentials/verify")).timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString())));
        }
        for (int i = 0; i < 5; i++) {
          long start = System.nanoTime();
          HttpResponse<String> health = client.send(HttpRequest.newBuilder(
              base.resolve("/health")).timeout(HEALTH_BOUND.multipliedBy(5)).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(health.statusCode()).isEqualTo(200);
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HEALTH_BOUND);
        }
        int checked = 0;
        for (Future<HttpResponse<String>> answer : answers) {
          // On the old verifier one such request ran for hours: here each has an answer soon,
          // the report with its code, or 503 BUSY when every verification slot stayed taken.
          HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
          JsonNode answerJson = Json.parseUntrusted(response.body()).orElseThrow();
          if (response.statusCode() == 503) {
            assertThat(answerJson.get("code").asText()).isEqualTo("BUSY");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            continue;
          }
          assertThat(response.statusCode()).isEqualTo(400);
          assertThat(answerJson.get("errors").findValuesAsText("code")).contains(code);
          checked++;
        }
        assertThat(checked).as("requests that got their report").isPositive();
      } finally {
        attackers.shutdownNow();
      }
    });
  }
}
