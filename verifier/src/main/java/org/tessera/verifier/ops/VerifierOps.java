package org.tessera.verifier.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness ({@code GET /health}), readiness ({@code GET /ready}: 503 until the trust list, when
 * one is configured, is loaded), Prometheus metrics ({@code GET /metrics}) and the key=value
 * access log (method, route template, status, ms: never the raw path or query string).
 */
public final class VerifierOps {

  private static final Logger ACCESS = LoggerFactory.getLogger("org.tessera.verifier.access");

  private VerifierOps() {}

  /** Adds the ops routes to {@code app}. */
  public static void install(Javalin app, VerifierMetrics metrics, BooleanSupplier ready) {
    app.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
    app.get("/ready", ctx -> {
      boolean ok = ready.getAsBoolean();
      ctx.status(ok ? 200 : 503).contentType("application/json")
          .result(ok ? "{\"status\":\"ready\"}" : "{\"status\":\"not ready\"}");
    });
    app.get("/metrics", ctx -> ctx.contentType(VerifierMetrics.CONTENT_TYPE)
        .result(metrics.scrape()));
  }

  /** The request logger: one key=value access line and the latency histogram. */
  public static void logRequest(VerifierMetrics metrics, Context ctx, float ms) {
    String route = route(ctx);
    int status = ctx.statusCode();
    ACCESS.info("method={} route={} status={} ms={}", ctx.method(), route, status,
        Math.round(ms));
    metrics.request(ctx.method().name(), route, status, ms);
  }

  /** The matched route template ({@code /status/{listId}}), never the raw path. */
  public static String route(Context ctx) {
    String template;
    try {
      template = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      // Javalin has no endpoint path for a request no route matched.
      return "unmatched";
    }
    // Unmatched requests get a sentence instead of a template ("No handler matched …").
    return template != null && template.startsWith("/") ? template : "unmatched";
  }
}
