package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * What the access log records as the path: the matched route template
 * ({@code /claim/{token}}, {@code /credential-offers/{handle}}), so capabilities in paths never
 * reach a log. An unmatched path is logged as is, except under the prefixes whose paths hold
 * secrets.
 */
final class AccessLogPaths {

  private static final List<String> SECRET_PREFIXES = List.of("/claim/", "/credential-offers/");

  private AccessLogPaths() {}

  static String of(Context ctx) {
    String template = template(ctx);
    if (template.startsWith("/") && !template.contains("*")) {
      return template;
    }
    String path = ctx.path();
    for (String prefix : SECRET_PREFIXES) {
      if (path.startsWith(prefix)) {
        return prefix + "(unmatched)";
      }
    }
    return path;
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
