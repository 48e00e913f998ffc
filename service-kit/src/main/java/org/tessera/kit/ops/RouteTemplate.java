package org.tessera.kit.ops;

import io.javalin.http.Context;

/** The matched route template of a request ({@code /status/{listId}}), never the raw path. */
public final class RouteTemplate {

  /** What requests that matched no route are labelled (one bounded value). */
  public static final String UNMATCHED = "unmatched";

  private RouteTemplate() {}

  public static String of(Context ctx) {
    String template;
    try {
      template = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      // Javalin has no endpoint path when no route matched or a before-handler refused (401).
      return UNMATCHED;
    }
    // Unmatched requests get a sentence instead of a template ("No handler matched …").
    return template != null && template.startsWith("/") ? template : UNMATCHED;
  }
}
