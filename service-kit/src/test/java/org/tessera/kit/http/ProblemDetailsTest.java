package org.tessera.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;

class ProblemDetailsTest {

  @Test
  void body_standardMembersFirstThenExtensions() {
    ObjectNode body = ProblemDetails.body("https://example.org/problems#GONE", "Gone", 410,
        Optional.of("the link ended"));
    body.put("code", "GONE");
    assertThat(body.toString()).isEqualTo("{\"type\":\"https://example.org/problems#GONE\","
        + "\"title\":\"Gone\",\"status\":410,\"detail\":\"the link ended\",\"code\":\"GONE\"}");
  }

  @Test
  void body_noDetail_memberLeftOut() {
    ObjectNode body = ProblemDetails.body(ProblemDetails.ABOUT_BLANK, "Not found", 404,
        Optional.empty());
    assertThat(body.has("detail")).isFalse();
    assertThat(body.get("type").asText()).isEqualTo("about:blank");
  }

  @Test
  void body_successStatusOrBlankTitle_rejected() {
    assertThatThrownBy(() -> ProblemDetails.body("about:blank", "OK", 200, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
    assertThatThrownBy(() -> ProblemDetails.body("about:blank", " ", 400, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
  }

  @Test
  void write_answersAtTheBodysStatusAsProblemJson() {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/refused", ctx -> ProblemDetails.write(ctx, ProblemDetails.body(
          "about:blank", "Too many requests", 429, Optional.of("slow down"))));
    });
    JavalinTest.test(app, (server, client) -> {
      Response response = client.get("/refused");
      assertThat(response.code()).isEqualTo(429);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body().string()).isEqualTo("{\"type\":\"about:blank\","
          + "\"title\":\"Too many requests\",\"status\":429,\"detail\":\"slow down\"}");
    });
  }

  @Test
  void write_bodyWithoutProblemStatus_rejected() {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/bug", ctx -> ProblemDetails.write(ctx,
          new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("status", 200)));
    });
    // A bug in the service: Javalin's own 500, never a 200 dressed as a problem.
    JavalinTest.test(app, (server, client) -> assertThat(client.get("/bug").code()).isEqualTo(500));
  }
}
