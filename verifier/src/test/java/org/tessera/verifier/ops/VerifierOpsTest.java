package org.tessera.verifier.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.http.VerifierApp;
import org.tessera.verifier.testkit.Fixture;

class VerifierOpsTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void health_always_200() {
    JavalinTest.test(VerifierApp.create(VerifierSettings.of(fixture.config()), fixture.clock),
        (server, client) -> {
      Response response = client.get("/health");
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).contains("\"ok\"");
    });
  }

  @Test
  void ready_trustListLoaded_200_unreadable_503() throws Exception {
    Verifier verifier = fixture.verifier();
    JavalinTest.test(VerifierApp.create(verifier, VerifierConfig.DEFAULT_MAX_REQUEST_BYTES,
        fixture.clock),
        (server, client) -> assertThat(client.get("/ready").code()).isEqualTo(200));

    Files.delete(fixture.trustListFile());
    Verifier unready = fixture.verifier();
    JavalinTest.test(VerifierApp.create(unready, VerifierConfig.DEFAULT_MAX_REQUEST_BYTES,
        fixture.clock),
        (server, client) -> assertThat(client.get("/ready").code()).isEqualTo(503));
  }

  @Test
  void metrics_afterVerifications_countsOutcomesCachesAndLatencyWithoutTokens() {
    String jwt = fixture.sign(fixture.credential());
    Verifier verifier = fixture.verifier();
    JavalinTest.test(VerifierApp.create(verifier, VerifierConfig.DEFAULT_MAX_REQUEST_BYTES,
        fixture.clock),
        (server, client) -> {
          client.post("/credentials/verify", "{\"verifiableCredential\":\"" + jwt + "\"}");
          client.post("/credentials/verify", "{\"verifiableCredential\":\"" + jwt + "\"}");
          client.post("/credentials/verify", "{\"verifiableCredential\":\"not-a-jwt\"}");
          Response response = client.get("/metrics?x=secret-query");
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.header("Content-Type")).startsWith("text/plain");
          String text = response.body().string();
          assertThat(text)
              .contains("tessera_verifications_total{code=\"none\",result=\"verified\"} 2.0")
              .contains("tessera_verifications_total{code=\"MALFORMED_INPUT\",result=\"failed\"} 1.0")
              .contains("tessera_cache_lookups_total{cache=\"status_list\",result=\"miss\"} 1.0")
              .contains("tessera_cache_lookups_total{cache=\"status_list\",result=\"hit\"} 1.0")
              .contains("tessera_cache_lookups_total{cache=\"did_document\",result=\"miss\"} 1.0")
              .contains("tessera_http_request_duration_seconds_count{method=\"POST\","
                  + "route=\"/credentials/verify\",status=\"200\"} 2")
              .doesNotContain(jwt.substring(0, 40))
              .doesNotContain(fixture.did)
              .doesNotContain("secret-query");
        });
  }
}
