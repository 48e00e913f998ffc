package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

/**
 * The access log names routes by template, so claim tokens in paths never reach it. Runs a real
 * server (not JavalinTest, which captures the log output itself).
 */
class AccessLogHttpTest extends HttpTestBase {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void accessLog_claimRequests_logTheRouteTemplateNotTheToken() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      app.server().javalin().start("127.0.0.1", 0);
      String base = "http://127.0.0.1:" + app.server().javalin().port();
      String id = post(base + "/api/achievements", achievement(false)).get("id").asText();
      String url = post(base + "/api/credentials", issueRequest(id))
          .get("claim").get("url").asText();
      String path = url.substring(TestIssuer.BASE.length());
      get(base + path);
      get(base + path + "/badge.png");
      get(base + path + "/no-such-file");
      Thread.sleep(300); // the request logger runs after the response is sent
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("method=GET route=/claim/{token} status=200")
        .contains("method=GET route=/claim/{token}/badge.png status=200")
        .contains("method=GET route=unmatched status=404")
        .contains("method=POST route=/api/credentials status=201");
    assertThat(log).doesNotContainPattern("[A-Za-z0-9_-]{43}");
  }

  private JsonNode post(String url, String json) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + TestIssuer.TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    return Json.parseUntrusted(response.body()).orElseThrow();
  }

  private void get(String url) throws Exception {
    http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding());
  }
}
