package org.tessera.kit.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;

class OpsRoutesTest {

  private final ServiceMetrics metrics = new ServiceMetrics();
  private final AtomicBoolean ready = new AtomicBoolean(true);

  private Javalin app() {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      OpsRoutes.install(config.routes, metrics, ready::get);
      config.routes.get("/items/{id}", ctx -> ctx.result("item"));
    });
  }

  @Test
  void health_always200() {
    ready.set(false);
    JavalinTest.test(app(), (server, client) -> {
      Response health = client.get("/health");
      assertThat(health.code()).isEqualTo(200);
      assertThat(health.header("Content-Type")).startsWith("application/json");
      assertThat(health.body().string()).isEqualTo("{\"status\":\"ok\"}");
    });
  }

  @Test
  void ready_checkPasses200_failsOrThrows503() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(client.get("/ready").body().string()).isEqualTo("{\"status\":\"ready\"}");
      ready.set(false);
      Response notReady = client.get("/ready");
      assertThat(notReady.code()).isEqualTo(503);
      assertThat(notReady.body().string()).isEqualTo("{\"status\":\"not ready\"}");
    });
    Javalin throwing = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      OpsRoutes.install(config.routes, metrics, () -> {
        throw new IllegalStateException("database gone");
      });
    });
    JavalinTest.test(throwing, (server, client) ->
        assertThat(client.get("/ready").code()).isEqualTo(503));
  }

  @Test
  void metrics_afterRequests_latencyByRouteTemplateNeverRawPath() {
    JavalinTest.test(app(), (server, client) -> {
      client.get("/items/secret-id-1");
      client.get("/items/secret-id-2");
      client.get("/nowhere/secret-path");
      Response response = client.get("/metrics?x=secret-query");
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("text/plain");
      assertThat(response.body().string())
          .contains("tessera_http_request_duration_seconds_count{method=\"GET\","
              + "route=\"/items/{id}\",status=\"200\"} 2")
          .contains("route=\"unmatched\",status=\"404\"")
          .doesNotContain("secret");
    });
  }

  @Test
  void counter_registeredByTheService_showsInTheScrape() {
    metrics.counter("tessera_things_total", "Things, by kind", "kind").labelValues("a").inc();
    assertThat(metrics.scrape()).contains("tessera_things_total{kind=\"a\"} 1.0");
  }
}
