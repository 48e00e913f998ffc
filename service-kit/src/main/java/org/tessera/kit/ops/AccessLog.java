package org.tessera.kit.ops;

import io.javalin.http.RequestLogger;
import org.slf4j.Logger;

/**
 * The access log of a service: one key=value line per request with method, route template,
 * status and milliseconds; never the raw path or query string (they can carry ids and tokens).
 */
public final class AccessLog {

  private AccessLog() {}

  /** For {@code config.requestLogger.http(…)}: writes each line to {@code access}. */
  public static RequestLogger to(Logger access) {
    return (ctx, ms) -> access.info("method={} route={} status={} ms={}", ctx.method(),
        RouteTemplate.of(ctx), ctx.statusCode(), Math.round(ms));
  }
}
