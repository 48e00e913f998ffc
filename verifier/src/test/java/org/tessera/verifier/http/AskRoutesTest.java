package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.oid4vp.DcqlQueries;
import org.tessera.verifier.oid4vp.Oid4vpTransactions;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.Messages;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Presentations;
import org.tessera.verifier.testkit.TwoInstitutions;

/**
 * The page flow "Ask for credentials" over real HTTP: the transaction's page and status are
 * bound to the cookie set when the page created it; the answered page shows the verdict and
 * every credential.
 */
class AskRoutesTest {

  private static final OkHttpClient NO_REDIRECTS =
      new OkHttpClient.Builder().followRedirects(false).build();

  private final TwoInstitutions world = new TwoInstitutions();

  @AfterEach
  void close() {
    world.close();
  }

  private void test(JavalinTest.TestCase testCase) {
    JavalinTest.test(VerifierApp.create(world.verifier(),
        VerifierConfig.DEFAULT_MAX_REQUEST_BYTES, world.university.clock), testCase);
  }

  /** The page path of a created transaction and the cookie ("name=value") that reads it. */
  private record Asked(String path, String id, String cookie) {}

  private static Asked ask(HttpClient client) throws IOException {
    Response response = NO_REDIRECTS.newCall(new Request.Builder()
        .url(client.origin() + "/en/ask")
        .post(new FormBody.Builder().add("query", "micro-credentials").build()).build())
        .execute();
    assertThat(response.code()).isEqualTo(303);
    String location = response.header("Location");
    assertThat(location).startsWith("/en/ask/");
    String setCookie = response.header("Set-Cookie");
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String id = location.substring("/en/ask/".length());
    assertThat(setCookie).startsWith("tessera-ask-" + id + "=");
    return new Asked(location, id, setCookie.substring(0, setCookie.indexOf(';')));
  }

  private static Response get(HttpClient client, String path, String cookie) {
    return client.get(path, b -> {
      if (cookie != null) {
        b.header("Cookie", cookie);
      }
    });
  }

  @Test
  void choose_listsEveryOfferedQueryWithAText() {
    test((server, client) -> {
      String page = client.get("/en/ask").body().string();
      for (String name : DcqlQueries.bundled().names()) {
        assertThat(page).contains("value=\"" + name + "\"");
        for (Lang lang : Lang.values()) {
          assertThat(new Messages().has(lang, "ask.query." + name)).as(lang + " " + name)
              .isTrue();
        }
      }
    });
  }

  @Test
  void waitingPage_qrLinkAndScript_onlyWithTheCookie() {
    test((server, client) -> {
      Asked asked = ask(client);
      Response page = get(client, asked.path(), asked.cookie());
      assertThat(page.code()).isEqualTo(200);
      assertThat(page.header("Cache-Control")).isEqualTo("no-store");
      String html = page.body().string();
      assertThat(html).contains("<svg").contains("openid4vp://?client_id=")
          .contains("/assets/ask.js").contains("id=\"same-device\"");
      assertThat(json(get(client, "/ask/" + asked.id() + "/status", asked.cookie()))
          .get("status").asText()).isEqualTo("waiting");
      assertThat(get(client, asked.path(), null).code()).isEqualTo(404);
      assertThat(get(client, "/ask/" + asked.id() + "/status", null).code()).isEqualTo(404);
      assertThat(get(client, asked.path(), "tessera-ask-" + asked.id() + "=guess").code())
          .isEqualTo(404);
    });
  }

  @Test
  void answered_pageShowsVerdictHolderBindingAndEveryCredential() {
    test((server, client) -> {
      Asked asked = ask(client);
      JWSObject request = JWSObject.parse(client.get(Oid4vpTransactions.REQUEST_PATH
          + asked.id()).body().string());
      JsonNode payload = Json.parseUntrusted(request.getPayload().toString()).orElseThrow();
      String vp = Presentations.vpJwt(world.learner, world.learnerCredentials(),
          payload.get("nonce").asText(), payload.get("client_id").asText(), Fixture.NOW);
      ObjectNode token = Json.object();
      token.putArray("micro_credentials").add(vp);
      assertThat(client.request(Oid4vpTransactions.RESPONSE_PATH, b -> b.post(
          new FormBody.Builder().add("state", payload.get("state").asText())
              .add("vp_token", Json.write(token)).build())).code()).isEqualTo(200);
      assertThat(json(get(client, "/ask/" + asked.id() + "/status", asked.cookie()))
          .get("status").asText()).isEqualTo("answered");
      String html = get(client, asked.path(), asked.cookie()).body().string();
      assertThat(html).contains("data-verified=\"true\"").contains("data-holder-bound=\"true\"")
          .contains(world.learner.did());
      assertThat(html.split("<article class=\"presented\"", -1)).hasSize(3);
      // Each credential's sections keep their ids apart (no duplicate "details" or "headline").
      java.util.List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"")
          .matcher(html).results().map(r -> r.group(1)).toList();
      assertThat(ids).doesNotHaveDuplicates().contains("c1-details", "c2-details");
      assertThat(html).contains("href=\"#c2-details\"", "aria-labelledby=\"c2-headline\"");
    });
  }

  @Test
  void unknownQuery_400FormAgain() {
    test((server, client) -> {
      Response response = client.request("/en/ask", b -> b.post(
          new FormBody.Builder().add("query", "everything").build()));
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).contains("name=\"query\"");
    });
  }

  private static JsonNode json(Response response) throws IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }
}
