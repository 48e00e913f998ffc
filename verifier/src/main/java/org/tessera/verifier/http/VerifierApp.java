package org.tessera.verifier.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.kit.ops.AccessLog;
import org.tessera.kit.ops.OpsRoutes;
import org.tessera.kit.ops.RouteTemplate;
import org.tessera.shared.json.Json;
import org.tessera.shared.limits.RateLimiter;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierBusyException;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.page.Messages;
import org.tessera.verifier.page.PageConfig;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.receipt.ReceiptKey;
import org.tessera.verifier.receipt.Receipts;
import org.tessera.verifier.result.RequestError;
import org.tessera.verifier.share.ShareDatabase;
import org.tessera.verifier.share.ShareLinks;
import org.tessera.verifier.share.ShareService;

/**
 * The verifier's HTTP API and verification page. Routes are declared here and nowhere else;
 * exceptions are mapped once (a 500 carries no detail); the access log records method, route
 * template (so a share id never reaches it), status and time — never query strings or bodies,
 * which hold credentials.
 */
public final class VerifierApp {

  private static final Logger LOG = LoggerFactory.getLogger(VerifierApp.class);
  /** Method, route template, status and ms of every request: never the raw path or query. */
  private static final Logger ACCESS = LoggerFactory.getLogger("org.tessera.verifier.access");

  /** No inline script or style, nothing from elsewhere, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  private VerifierApp() {}

  /** Builds (does not start) the app with its settings, on {@code clock}. */
  public static Javalin create(VerifierSettings settings, Clock clock) {
    VerifierConfig config = settings.verification();
    PageConfig page = settings.page();
    PinnedSafeFetcher fetcher = PinnedSafeFetcher.create(config.allowHttpLocalhost());
    Verifier verifier = Verifier.create(config, settings.presentations(), clock, fetcher);
    ReceiptKey key = page.receiptKey().map(ReceiptKey::fromFile).orElseGet(() -> {
      LOG.warn("VERIFIER_RECEIPT_KEY not set: receipts are signed with an ephemeral key");
      return ReceiptKey.ephemeral();
    });
    Optional<ShareDatabase> db = page.shareDbUrl().map(ShareDatabase::open);
    Javalin app = create(verifier, new BodyLimits(config.maxRequestBytes(),
        config.maxImageBytes()), page, clock,
        db.map(d -> new ShareService(d, clock)), new Receipts(key, page.verifierId(), clock));
    db.ifPresent(d -> app.events(events -> events.serverStopped(d::close)));
    app.events(events -> events.serverStopped(fetcher::close));
    return app;
  }

  /** Builds and starts the app on the settings' port; the returned action stops it. */
  public static Runnable start(VerifierSettings settings, Clock clock) {
    Javalin app = create(settings, clock).start(settings.verification().port());
    return app::stop;
  }

  /**
   * Builds (does not start) the API alone around an existing verifier (no page state); baked
   * images get the default image limit.
   */
  public static Javalin create(Verifier verifier, int maxRequestBytes, Clock clock) {
    return create(verifier, maxRequestBytes, clock, Optional.empty());
  }

  /** As above, with share links kept in {@code shares} (the default per-client budget). */
  public static Javalin create(Verifier verifier, int maxRequestBytes, Clock clock,
      Optional<ShareService> shares) {
    BodyLimits limits = new BodyLimits(maxRequestBytes,
        Math.max(maxRequestBytes, VerifierConfig.DEFAULT_MAX_IMAGE_BYTES));
    return create(verifier, limits, PageConfig.defaults(0), clock, shares,
        new Receipts(ReceiptKey.ephemeral(), "urn:tessera:verifier", clock));
  }

  static Javalin create(Verifier verifier, BodyLimits limits, PageConfig pageConfig,
      Clock clock, Optional<ShareService> shares, Receipts receipts) {
    VerifyHandler verify = new VerifyHandler(verifier);
    PresentationHandler presentations = new PresentationHandler(verifier);
    Pages pages = new Pages(new Messages());
    ShareLinks links = new ShareLinks(shares, jwt -> verifier.verify(jwt).verifiedAndTrusted(),
        new RateLimiter(pageConfig.shareRatePerMinute(), clock), pageConfig::shareUrl);
    PageHandlers page = new PageHandlers(verifier, pages, clock, links.enabled(),
        receipts.key().isEphemeral());
    ShareHandlers share = new ShareHandlers(links, pages, page, pageConfig.trustProxy());
    ReceiptHandlers receipt = new ReceiptHandlers(verifier, receipts);
    Assets assets = new Assets();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // Javalin's one global size is the largest any route takes; BodyLimits narrows it per route.
      int largest = limits.largest();
      config.http.maxRequestSize = largest;
      config.jetty.multipartConfig.maxTotalRequestSize(largest, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(largest, SizeUnit.BYTES);
      // Uploads hold credentials: kept in memory, never written to a temporary file.
      config.jetty.multipartConfig.maxInMemoryFileSize(largest, SizeUnit.BYTES);
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.requestLogger.http(AccessLog.to(ACCESS));
    });
    // Fixed paths first: "/{lang}" would otherwise match them; and its request timer before the
    // other before-handlers, so that requests they refuse are timed too.
    OpsRoutes.install(app, verifier.metrics().service(), verifier::ready);
    app.before(VerifierApp::securityHeaders);
    app.before(limits::apply);
    app.get("/.well-known/jwks.json", receipt::jwks);
    app.get("/assets/{file}", assets::serve);
    app.post("/credentials/verify", verify::verify);
    app.post("/presentations/verify", presentations::verify);
    app.post("/receipts", receipt::receipt);
    app.post("/shares", ctx -> {
      if (ctx.isFormUrlencoded() || ctx.isMultipartFormData()) {
        share.createForm(ctx);
      } else {
        share.createJson(ctx);
      }
    });
    app.delete("/shares/{id}", share::revoke);
    app.get("/s/{id}/qr.svg", share::qr);
    app.get("/s/{id}", share::open);
    app.get("/", page::form);
    app.post("/verify", page::verify);
    app.get("/{lang}", page::form);
    app.post("/{lang}/verify", page::verify);
    app.post("/{lang}/shares", share::createForm);
    app.get("/{lang}/s/{id}", share::open);
    app.exception(VerifierBusyException.class, (e, ctx) -> {
      ctx.header("Retry-After", "1");
      Refusals.write(ctx, RequestError.BUSY, "every verification slot is taken; retry shortly");
    });
    app.exception(HttpResponseException.class, (e, ctx) ->
        Refusals.write(ctx, e.getStatus(), "Request refused", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      if (BodyLimits.isTooLarge(e)) {
        Refusals.write(ctx, RequestError.BODY_TOO_LARGE, "request body too large");
        return;
      }
      // The class only: messages and traces of parser errors can quote request content.
      LOG.error("unhandled {} on {} {}", e.getClass().getName(), ctx.method(),
          RouteTemplate.of(ctx));
      Refusals.write(ctx, RequestError.INTERNAL_ERROR, "internal error");
    });
    return app;
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
  }
}
