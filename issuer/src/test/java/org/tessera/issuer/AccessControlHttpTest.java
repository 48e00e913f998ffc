package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;

class AccessControlHttpTest extends HttpTestBase {

  private static final MediaType JSON = MediaType.get("application/json");

  static String createToken(HttpClient client, String label, String role) {
    Response created = post(client, "/api/tokens",
        "{\"label\": \"" + label + "\", \"role\": \"" + role + "\"}");
    assertThat(created.code()).isEqualTo(201);
    return json(created).get("token").asText();
  }

  static Response as(HttpClient client, String token, String method, String path, String body) {
    return client.request(path, b -> {
      b.header("Authorization", "Bearer " + token);
      if (method.equals("GET")) {
        b.get();
      } else if (method.equals("DELETE")) {
        b.delete();
      } else {
        b.post(RequestBody.create(body, JSON));
      }
    });
  }

  @Test
  void auditorToken_readsButCannotIssue() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      String auditor = createToken(client, "audit office", "auditor");

      Response issue = as(client, auditor, "POST", "/api/credentials",
          TestIssuer.issueRequest(achievementId));
      assertThat(issue.code()).isEqualTo(403);
      assertThat(json(issue).get("code").asText()).isEqualTo("FORBIDDEN");
      assertThat(as(client, auditor, "POST", "/credentials/issue", "{}").code()).isEqualTo(403);
      assertThat(as(client, auditor, "GET", "/api/credentials", "").code()).isEqualTo(200);
      assertThat(as(client, auditor, "GET", "/api/audit", "").code()).isEqualTo(200);
    });
  }

  @Test
  void registrarToken_issuesButCannotManageTokensKeysOrReadAudit() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String registrar = createToken(client, "registrar-bob", "registrar");

      Response achievement = as(client, registrar, "POST", "/api/achievements",
          achievement(false));
      assertThat(achievement.code()).isEqualTo(201);
      Response issued = as(client, registrar, "POST", "/api/credentials",
          TestIssuer.issueRequest(json(achievement).get("id").asText()));
      assertThat(issued.code()).isEqualTo(201);

      Response token = as(client, registrar, "POST", "/api/tokens",
          "{\"label\": \"x\", \"role\": \"admin\"}");
      assertThat(token.code()).isEqualTo(403);
      assertThat(as(client, registrar, "POST", "/api//tokens",
          "{\"label\": \"x\", \"role\": \"admin\"}").code()).isIn(403, 404);
      assertThat(as(client, registrar, "POST", "/api/keys/es256-1/retire", "{}").code())
          .isEqualTo(403);
      assertThat(as(client, registrar, "GET", "/api/audit", "").code()).isEqualTo(403);
    });
  }

  @Test
  void createdToken_storedOnlyAsSha256_listedWithoutSecret() throws Exception {
    String[] token = new String[1];
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      token[0] = createToken(client, "ci pipeline", "registrar");
      assertThat(token[0]).startsWith("tsk_").hasSizeGreaterThanOrEqualTo(4 + 43);

      String listing = text(TestIssuer.get(client, "/api/tokens"));
      assertThat(listing).contains("ci pipeline").doesNotContain(token[0]);
    });
    String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(token[0].getBytes(StandardCharsets.UTF_8)));
    try (Connection c = DriverManager.getConnection(database.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT token_hash FROM api_tokens")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(expectedHash);
    }
  }

  @Test
  void revokedToken_isRefusedAtOnce() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String registrar = createToken(client, "temp", "registrar");
      assertThat(as(client, registrar, "GET", "/api/credentials", "").code()).isEqualTo(200);
      String id = json(TestIssuer.get(client, "/api/tokens")).get("items").get(0).get("id")
          .asText();

      Response revoked = as(client, TestIssuer.TOKEN, "DELETE", "/api/tokens/" + id, "");
      assertThat(revoked.code()).isEqualTo(200);
      assertThat(json(revoked).has("revokedAt")).isTrue();

      assertThat(as(client, registrar, "GET", "/api/credentials", "").code()).isEqualTo(401);
      assertThat(as(client, TestIssuer.TOKEN, "DELETE", "/api/tokens/" + id, "").code())
          .isEqualTo(404);
    });
  }

  @Test
  void createToken_badRoleOrLabel_namesFields() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response bad = post(client, "/api/tokens", "{\"label\": \"a/b\", \"role\": \"root\"}");
      assertThat(bad.code()).isEqualTo(400);
      assertThat(json(bad).get("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("label", "role");
    });
  }

  @Test
  void everyResponse_carriesSecurityHeaders_apiIsNoStore() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response did = client.get("/.well-known/did.json");
      Response api = TestIssuer.get(client, "/api/achievements");
      Response missing = client.get("/no/such/page");
      for (Response r : new Response[] {did, api, missing}) {
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
      }
      assertThat(api.header("Cache-Control")).isEqualTo("no-store");
      assertThat(did.header("Cache-Control")).startsWith("public");
    });
  }

  @Test
  void publicRoutes_overTheIpBudget_are429WithRetryAfter() {
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl()))
        .withAccess(new AccessConfig(3, 1000, false, java.time.Duration.ofSeconds(5),
            Optional.empty())), TestIssuer.CLOCK);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      for (int i = 0; i < 3; i++) {
        assertThat(client.get("/.well-known/jwks.json").code()).isEqualTo(200);
      }
      Response limited = client.get("/.well-known/jwks.json");
      assertThat(limited.code()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotBlank();
      assertThat(json(limited).get("code").asText()).isEqualTo("RATE_LIMITED");
      // The admin API is budgeted per token, not per IP.
      assertThat(TestIssuer.get(client, "/api/achievements").code()).isEqualTo(200);
    });
  }

  @Test
  void adminApi_overTheTokenBudget_is429() {
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl()))
        .withAccess(new AccessConfig(1000, 2, false, java.time.Duration.ofSeconds(5),
            Optional.empty())), TestIssuer.CLOCK);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      assertThat(TestIssuer.get(client, "/api/achievements").code()).isEqualTo(200);
      assertThat(TestIssuer.get(client, "/api/achievements").code()).isEqualTo(200);
      Response limited = TestIssuer.get(client, "/api/achievements");
      assertThat(limited.code()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotBlank();
    });
  }

  @Test
  void declaredBodyOverLimit_is413OnAnyRoute() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      byte[] big = new byte[300 * 1024];
      Response response = client.request("/.well-known/did.json",
          b -> b.post(RequestBody.create(big, JSON)));
      assertThat(response.code()).isEqualTo(413);
      JsonNode problem = json(response);
      assertThat(problem.get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    });
  }

}
