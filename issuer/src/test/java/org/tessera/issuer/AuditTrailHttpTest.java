package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.AccessControlHttpTest.as;
import static org.tessera.issuer.AccessControlHttpTest.createToken;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;

class AuditTrailHttpTest extends HttpTestBase {

  /** Performs one action of every kind through the API. */
  private static void everyAction(HttpClient client) {
    String achievementId = json(post(client, "/api/achievements", achievement(true)))
        .get("id").asText();
    String credentialId = json(post(client, "/api/credentials",
        TestIssuer.issueRequest(achievementId))).get("id").asText();
    post(client, "/api/credentials/" + credentialId + "/offer", "{}");
    post(client, "/api/credentials/" + credentialId + "/suspend", "{}");
    post(client, "/api/credentials/" + credentialId + "/reinstate", "{}");
    post(client, "/api/credentials/" + credentialId + "/revoke", "{\"reason\": \"test\"}");
    createToken(client, "short-lived", "auditor");
    String tokenId = json(TestIssuer.get(client, "/api/tokens")).get("items").get(0)
        .get("id").asText();
    as(client, TestIssuer.TOKEN, "DELETE", "/api/tokens/" + tokenId, "");
    assertThat(post(client, "/api/keys/es256-2/activate", "{}").code()).isEqualTo(200);
    assertThat(post(client, "/api/keys/es256-1/compromise",
        "{\"since\": \"2026-02-01T00:00:00Z\"}").code()).isEqualTo(200);
    assertThat(post(client, "/api/keys/rs256-3/retire", "{}").code()).isEqualTo(200);
  }

  private void addKeys() {
    TestIssuer.config(dir, database.jdbcUrl());
    TestIssuer.writeKey(dir.resolve("keys"), JwsAlgorithm.ES256, "es256-2");
    TestIssuer.writeKey(dir.resolve("keys"), JwsAlgorithm.RS256, "rs256-3");
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())),
        TestIssuer.CLOCK);
  }

  @Test
  void everyActionType_producesAnEvent_chainVerifies() {
    addKeys();
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      everyAction(client);
      JsonNode page = json(TestIssuer.get(client, "/api/audit?limit=500"));
      Set<String> actions = new HashSet<>(page.get("items").findValuesAsText("action"));
      // BIND and SD_JWT_ISSUE need a wallet's proof of possession: Oid4vciFlowHttpTest and
      // SdJwtVcHttpTest assert their events. The claim e-mail events need an SMTP server:
      // ClaimEmailHttpTest asserts them.
      Set<AuditAction> elsewhere = Set.of(AuditAction.BIND, AuditAction.CLAIM_EMAIL_SENT,
          AuditAction.CLAIM_EMAIL_FAILED, AuditAction.SD_JWT_ISSUE);
      assertThat(actions).isEqualTo(Arrays.stream(AuditAction.values())
          .filter(action -> !elsewhere.contains(action)).map(Enum::name)
          .collect(Collectors.toSet()));
      assertThat(page.get("items").findValuesAsText("actor")).contains("admin [token bootstrap]");

      JsonNode verify = json(TestIssuer.get(client, "/api/audit/verify"));
      assertThat(verify.get("valid").asBoolean()).isTrue();
      assertThat(verify.get("checkedRows").asLong()).isEqualTo(page.get("items").size());
      assertThat(verify.has("firstBrokenRow")).isFalse();
    });
  }

  @Test
  void tamperedRow_verifyReportsThatRow() throws SQLException {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      everyActionWithoutKeys(client);
    });
    jdbc("UPDATE events SET actor = 'someone else' WHERE seq = 3");
    reopen();
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode verify = json(TestIssuer.get(client, "/api/audit/verify"));
      assertThat(verify.get("valid").asBoolean()).isFalse();
      assertThat(verify.get("firstBrokenRow").asLong()).isEqualTo(3);
      assertThat(verify.get("checkedRows").asLong()).isEqualTo(2);
    });
  }

  @Test
  void deletedRow_orDeletedTail_verifyReportsTheGap() throws SQLException {
    JavalinTest.test(app.server().javalin(), (server, client) -> everyActionWithoutKeys(client));
    long head = headSeq();
    jdbc("DELETE FROM events WHERE seq = " + head);
    reopen();
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode verify = json(TestIssuer.get(client, "/api/audit/verify"));
      assertThat(verify.get("valid").asBoolean()).isFalse();
      assertThat(verify.get("firstBrokenRow").asLong()).isEqualTo(head);
    });
    jdbc("DELETE FROM events WHERE seq = 2");
    reopen();
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      assertThat(json(TestIssuer.get(client, "/api/audit/verify")).get("firstBrokenRow")
          .asLong()).isEqualTo(2);
    });
  }

  @Test
  void export_isJsonLinesInChainOrder_withoutTokens() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      everyActionWithoutKeys(client);
      Response export = TestIssuer.get(client, "/api/audit/export");
      assertThat(export.code()).isEqualTo(200);
      assertThat(export.header("Content-Type")).startsWith("application/jsonl");
      String body = text(export);
      List<JsonNode> lines = body.lines().map(l -> Json.parseUntrusted(l).orElseThrow())
          .toList();
      assertThat(lines).hasSizeGreaterThan(5);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(lines.get(i).get("seq").asLong()).isEqualTo(i + 1);
        if (i > 0) {
          assertThat(lines.get(i).get("prevHash").asText())
              .isEqualTo(lines.get(i - 1).get("hash").asText());
        }
      }
      assertThat(body).doesNotContain(TestIssuer.TOKEN).doesNotContain("tsk_")
          .doesNotContain("ada@example.org");
    });
  }

  @Test
  void query_filtersByActionAndTime_refusesUnknownAction() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      everyActionWithoutKeys(client);
      JsonNode issues = json(TestIssuer.get(client, "/api/audit?action=ISSUE"));
      assertThat(issues.get("items")).hasSize(1);
      assertThat(issues.get("items").get(0).get("action").asText()).isEqualTo("ISSUE");
      JsonNode none = json(TestIssuer.get(client,
          "/api/audit?from=2030-01-01T00:00:00Z"));
      assertThat(none.get("items")).isEmpty();
      Response bad = TestIssuer.get(client, "/api/audit?action=DROP_TABLE&to=yesterday");
      assertThat(bad.code()).isEqualTo(400);
      assertThat(json(bad).get("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("action", "to");
    });
  }

  @Test
  void rowsWrittenBeforeTheChain_areChainedAtStartUp() throws SQLException {
    JavalinTest.test(app.server().javalin(), (server, client) -> everyActionWithoutKeys(client));
    app.close();
    jdbc("INSERT INTO events (id, action, actor, target_id, created_at)"
        + " VALUES ('legacy-1', 'ISSUE', 'old node', 'x', 1)");
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())),
        TestIssuer.CLOCK);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode verify = json(TestIssuer.get(client, "/api/audit/verify"));
      assertThat(verify.get("valid").asBoolean()).isTrue();
      assertThat(verify.has("unchainedRows")).isFalse();
    });
  }

  private static void everyActionWithoutKeys(HttpClient client) {
    String achievementId = json(post(client, "/api/achievements", achievement(false)))
        .get("id").asText();
    String credentialId = json(post(client, "/api/credentials",
        TestIssuer.issueRequest(achievementId))).get("id").asText();
    post(client, "/api/credentials/" + credentialId + "/revoke", "{}");
    createToken(client, "auditor-1", "auditor");
  }

  private void reopen() {
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())),
        TestIssuer.CLOCK);
  }

  private long headSeq() throws SQLException {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl());
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT seq FROM audit_head")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void jdbc(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl());
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).isEqualTo(1);
    }
  }
}
