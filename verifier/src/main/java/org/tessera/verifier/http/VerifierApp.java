package org.tessera.verifier.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.fetch.JdkSafeFetcher;

/**
 * The verifier's HTTP API. Routes are declared here and nowhere else; exceptions are mapped once
 * (a 500 carries no detail); the access log records method, path (never the query string),
 * status and time — never bodies, which hold credentials.
 */
public final class VerifierApp {

  private static final Logger ACCESS = LoggerFactory.getLogger("org.tessera.verifier.access");
  private static final Logger LOG = LoggerFactory.getLogger(VerifierApp.class);

  private VerifierApp() {}

  /** Builds (does not start) the app for {@code config}. */
  public static Javalin create(VerifierConfig config, Clock clock) {
    Verifier verifier = Verifier.create(config, clock,
        JdkSafeFetcher.create(config.allowHttpLocalhost()));
    return create(verifier, config.maxRequestBytes());
  }

  /** Builds (does not start) the app around an existing verifier. */
  public static Javalin create(Verifier verifier, int maxRequestBytes) {
    VerifyHandler verify = new VerifyHandler(verifier);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = maxRequestBytes;
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.requestLogger.http((ctx, ms) ->
          ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), ms.longValue()));
    });
    app.post("/credentials/verify", verify::verify);
    app.get("/health", ctx -> ctx.json(Json.object().put("status", "ok")));
    app.exception(HttpResponseException.class, (e, ctx) ->
        Problem.write(ctx, e.getStatus(), "Request refused", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      // The class only: messages and traces of parser errors can quote request content.
      LOG.error("unhandled {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path());
      Problem.write(ctx, 500, "Internal Server Error", "internal error");
    });
    return app;
  }
}
