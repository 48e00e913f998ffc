package org.tessera.issuer.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.ops.IssuerMetrics;
import org.tessera.issuer.store.Scope;
import org.tessera.kit.ops.OpsRoutes;
import org.tessera.kit.ops.RouteTemplate;

/**
 * The kit's ops routes ({@code /health}, {@code /ready}: database reachable and a signing key
 * loaded, else 503; {@code /metrics}, requests timed by route template), plus the issuer's
 * counters of successful issuance and status-change responses.
 */
final class IssuerOps {

  /** Route templates of a further institution start so; its id is the path segment after. */
  private static final String INSTITUTION_ROUTE = "/institutions/{institution}";

  /** Route template (POST) → what a 2xx answer means. */
  private static final Map<String, String> STATUS_ACTIONS = Map.of(
      "/api/credentials/{id}/revoke", "revoke",
      "/api/credentials/{id}/suspend", "suspend",
      "/api/credentials/{id}/reinstate", "reinstate");

  private IssuerOps() {}

  static void install(RoutesConfig app, IssuerMetrics metrics, BooleanSupplier ready) {
    OpsRoutes.install(app, metrics.service(), ready);
    app.after(ctx -> count(metrics, ctx));
  }

  private static void count(IssuerMetrics metrics, Context ctx) {
    String route = RouteTemplate.of(ctx);
    int status = ctx.statusCode();
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
