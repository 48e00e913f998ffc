package org.tessera.issuer.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.store.Scope;

/**
 * Liveness ({@code GET /health}), readiness ({@code GET /ready}: database reachable and a
 * signing key loaded, else 503) and Prometheus metrics ({@code GET /metrics}). Requests are
 * timed by route template; successful issuance and status-change responses are counted.
 */
public final class IssuerOps {

  private static final String STARTED = "tessera.ops.started";
  /** Route templates of a further institution start so; its id is the path segment after. */
  private static final String INSTITUTION_ROUTE = "/institutions/{institution}";

  /** Route template (POST) → what a 2xx answer means. */
  private static final Map<String, String> STATUS_ACTIONS = Map.of(
      "/api/credentials/{id}/revoke", "revoke",
      "/api/credentials/{id}/suspend", "suspend",
      "/api/credentials/{id}/reinstate", "reinstate");

  private IssuerOps() {}

  public static void install(Javalin app, IssuerMetrics metrics, BooleanSupplier ready) {
    app.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
    app.get("/ready", ctx -> {
      boolean ok = ready.getAsBoolean();
      ctx.status(ok ? 200 : 503).contentType("application/json")
          .result(ok ? "{\"status\":\"ready\"}" : "{\"status\":\"not ready\"}");
    });
    app.get("/metrics", ctx -> ctx.contentType(IssuerMetrics.CONTENT_TYPE)
        .result(metrics.scrape()));
    app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
    app.after(ctx -> record(metrics, ctx));
  }

  /** The matched route template ({@code /status/{listId}}), never the raw path. */
  public static String route(Context ctx) {
    String template;
    try {
      template = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      // Javalin has no endpoint path when a before-handler refused the request (e.g. 401).
      return "unmatched";
    }
    // Unmatched requests get a sentence instead of a template ("No handler matched …").
    return template != null && template.startsWith("/") ? template : "unmatched";
  }

  private static void record(IssuerMetrics metrics, Context ctx) {
    Long started = ctx.attribute(STARTED);
    String route = route(ctx);
    int status = ctx.statusCode();
    if (started != null) {
      metrics.request(ctx.method().name(), route, status,
          (System.nanoTime() - started) / 1_000_000_000.0);
    }
    boolean success = status >= 200 && status < 300 && ctx.method().name().equals("POST");
    if (!success) {
      return;
    }
    // A 2xx on a matched institution route: the id is one the deployment serves (bounded).
    String institution = IssuerIdentity.institutionOfPath(ctx.path()).orElse(Scope.DEFAULT_ID);
    String local = route.startsWith(INSTITUTION_ROUTE)
        ? route.substring(INSTITUTION_ROUTE.length()) : route;
    if (local.equals("/api/credentials") || local.equals("/credentials/issue")) {
      metrics.issued(institution);
    } else if (STATUS_ACTIONS.containsKey(local)) {
      metrics.statusChange(institution, STATUS_ACTIONS.get(local));
    }
  }
}
