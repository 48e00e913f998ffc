package org.tessera.kit.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;

/**
 * The routes every service has: liveness ({@code GET /health}, always 200), readiness
 * ({@code GET /ready}: 200 when the service's own check passes, else 503) and Prometheus metrics
 * ({@code GET /metrics}); and the latency of every request by route template.
 */
public final class OpsRoutes {

  private static final String STARTED = "tessera.ops.started";

  private OpsRoutes() {}

  /**
   * Adds the routes and the request timer to a service's routes (inside
   * {@code Javalin.create(config -> …)}). Install before the service's own before-handlers so
   * that requests they refuse are timed too.
   *
   * @param ready the service's readiness check (database reachable, keys or trust list loaded);
   *     an exception counts as not ready
   */
  public static void install(RoutesConfig app, ServiceMetrics metrics, BooleanSupplier ready) {
    app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
    app.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
    app.get("/ready", ctx -> {
      boolean ok = isReady(ready);
      ctx.status(ok ? 200 : 503).contentType("application/json")
          .result(ok ? "{\"status\":\"ready\"}" : "{\"status\":\"not ready\"}");
    });
    app.get("/metrics", ctx -> ctx.contentType(ServiceMetrics.CONTENT_TYPE)
        .result(metrics.scrape()));
    app.after(ctx -> time(metrics, ctx));
  }

  private static boolean isReady(BooleanSupplier ready) {
    try {
      return ready.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void time(ServiceMetrics metrics, Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started != null) {
      metrics.request(ctx.method().name(), RouteTemplate.of(ctx), ctx.statusCode(),
          (System.nanoTime() - started) / 1_000_000_000.0);
    }
  }
}
