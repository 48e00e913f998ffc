package org.tessera.issuer.http;

import io.javalin.http.Context;

/**
 * What the access log records as the path: the matched route template
 * ({@code /claim/{token}}), so capabilities in paths never reach a log. An unmatched path is
 * logged as is, except under {@code /claim/}, where it may still hold a token.
 */
final class AccessLogPaths {

  private static final String CLAIM = "/claim/";

  private AccessLogPaths() {}

  static String of(Context ctx) {
    String template = template(ctx);
    if (template.startsWith("/") && !template.contains("*")) {
      return template;
    }
    String path = ctx.path();
    return path.startsWith(CLAIM) ? CLAIM + "(unmatched)" : path;
  }

  /** Javalin throws when no endpoint ran (404, or a before-handler answered, e.g. 401). */
  private static String template(Context ctx) {
    try {
      String template = ctx.endpointHandlerPath();
      return template == null ? "" : template;
    } catch (RuntimeException e) {
      return "";
    }
  }
}
