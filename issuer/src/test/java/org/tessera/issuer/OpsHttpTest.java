package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;

import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;

class OpsHttpTest extends HttpTestBase {

  @Test
  void healthAndReady_freshIssuer_200() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      assertThat(client.get("/health").code()).isEqualTo(200);
      Response ready = client.get("/ready");
      assertThat(ready.code()).isEqualTo(200);
      assertThat(ready.body().string()).contains("ready");
    });
  }

  @Test
  void metrics_afterIssueAndRevoke_countsThemAndLatencyByRouteTemplate() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      String id = json(post(client, "/api/credentials", issueRequest(achievementId)))
          .get("id").asText();
      assertThat(post(client, "/api/credentials/" + id + "/revoke", "").code()).isEqualTo(200);
      String text = client.get("/metrics").body().string();
      assertThat(text)
          .contains("tessera_credentials_issued_total{institution=\"default\"} 1.0")
          .contains("tessera_credential_status_changes_total{action=\"revoke\","
              + "institution=\"default\"} 1.0")
          .contains("route=\"/api/credentials/{id}/revoke\",status=\"200\"")
          .doesNotContain(id);
    });
  }

  @Test
  void refusedByAuth_withOpsInstalled_stays401AndCountsNothing() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      assertThat(TestIssuer.postWithoutAuth(client, "/api/credentials", "{}").code())
          .isEqualTo(401);
      Response metrics = client.get("/metrics");
      assertThat(metrics.code()).isEqualTo(200);
      // A labelled counter shows no sample until something is counted.
      assertThat(metrics.body().string()).doesNotContain("tessera_credentials_issued_total");
    });
  }

  @Test
  void head_publicDocuments_sameHeadersAsGet() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      for (String path : new String[] {"/.well-known/did.json", "/.well-known/jwks.json"}) {
        Response get = client.get(path);
        Response head = client.request(path, b -> b.head());
        assertThat(head.code()).as(path).isEqualTo(200);
        assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
        assertThat(head.header("Cache-Control")).as(path).isEqualTo(get.header("Cache-Control"));
        assertThat(head.header("ETag")).as(path).isEqualTo(get.header("ETag"));
        assertThat(head.body().string()).isEmpty();
      }
    });
  }

  @Test
  void head_statusList_etagAndVcJwtContentType() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      String url = json(post(client, "/api/credentials", issueRequest(achievementId)))
          .at("/credential/credentialStatus/statusListCredential").asText();
      String path = url.substring(TestIssuer.BASE.length());
      Response get = client.get(path);
      Response head = client.request(path, b -> b.head());
      assertThat(head.code()).isEqualTo(200);
      assertThat(head.header("Content-Type")).startsWith("application/vc+jwt");
      assertThat(head.header("ETag")).isNotNull().isEqualTo(get.header("ETag"));
      assertThat(head.header("Cache-Control")).isEqualTo(get.header("Cache-Control"));
    });
  }

}
