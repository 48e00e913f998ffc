package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.get;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.status.StatusListRepository;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;

class IdempotencyHttpTest extends HttpTestBase {

  private static Response issue(HttpClient client, String key, String body) {
    return client.request("/api/credentials", b -> b
        .post(RequestBody.create(body, MediaType.get("application/json")))
        .header("Authorization", "Bearer " + TestIssuer.TOKEN)
        .header("Idempotency-Key", key));
  }

  private static String achievementId(HttpClient client) {
    return json(post(client, "/api/achievements", achievement(false))).get("id").asText();
  }

  private static long total(HttpClient client) {
    return json(get(client, "/api/credentials")).get("total").asLong();
  }

  @Test
  void issue_sameKeySameBody_returnsTheFirstCredentialWith200() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String body = issueRequest(achievementId(client));

      Response first = issue(client, "batch-7/learner-1", body);
      JsonNode firstJson = json(first);
      Response again = issue(client, "batch-7/learner-1", body);
      JsonNode againJson = json(again);

      assertThat(first.code()).isEqualTo(201);
      assertThat(again.code()).isEqualTo(200);
      assertThat(againJson.get("id")).isEqualTo(firstJson.get("id"));
      assertThat(againJson.get("jwt")).isEqualTo(firstJson.get("jwt"));
      assertThat(total(client)).isEqualTo(1);
    });
  }

  @Test
  void issue_sameKeyOtherBody_isRefusedWith409() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String body = issueRequest(achievementId(client));
      issue(client, "k-1", body).close();

      Response other = issue(client, "k-1", body.replace("Ada Lovelace", "Grace Hopper"));

      assertThat(other.code()).isEqualTo(409);
      assertThat(json(other).get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
      assertThat(total(client)).isEqualTo(1);
    });
  }

  @Test
  void issue_differentKeys_issueDifferentCredentials() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String body = issueRequest(achievementId(client));

      String a = json(issue(client, "k-a", body)).get("id").asText();
      String b = json(issue(client, "k-b", body)).get("id").asText();

      assertThat(a).isNotEqualTo(b);
      assertThat(total(client)).isEqualTo(2);
    });
  }

  @Test
  void issue_keyWithSpaceOrTooLong_isRefusedNamingTheHeader() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String body = issueRequest(achievementId(client));

      Response spaced = issue(client, "has space", body);
      Response longKey = issue(client, "k".repeat(256), body);

      assertThat(spaced.code()).isEqualTo(400);
      assertThat(json(spaced).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
      assertThat(longKey.code()).isEqualTo(400);
      assertThat(total(client)).isZero();
    });
  }

  @Test
  void issue_sameKeyConcurrently_oneCredentialOneIndex() throws Exception {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String body = issueRequest(achievementId(client));
      List<Callable<JsonNode>> tasks = new ArrayList<>();
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        tasks.add(() -> {
          Response response = issue(client, "same-key", body);
          synchronized (codes) {
            codes.add(response.code());
          }
          return json(response);
        });
      }
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<String> ids = new ArrayList<>();
      try {
        for (Future<JsonNode> f : pool.invokeAll(tasks)) {
          ids.add(f.get().get("id").asText());
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(ids).containsOnly(ids.get(0));
      assertThat(codes).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(total(client)).isEqualTo(1);
    });
    try (Database db = Database.open(database.jdbcUrl())) {
      assertThat(db.read(new StatusListRepository(Scope.DEFAULT)::countAllocations)).isEqualTo(1);
    }
  }
}
