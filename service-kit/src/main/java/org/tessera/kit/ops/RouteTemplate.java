package org.tessera.kit.ops;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/** The matched route template of a request ({@code /status/{listId}}), never the raw path. */
public final class RouteTemplate {

  /** What requests that matched no route are labelled (one bounded value). */
  public static final String UNMATCHED = "unmatched";

  private RouteTemplate() {}

  public static String of(Context ctx) {
    // No HTTP endpoint ran when no route matched or a before-handler refused (401).
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    return endpoint != null && endpoint.path.startsWith("/") ? endpoint.path : UNMATCHED;
  }
}
