package org.tessera.verifier.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
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
import org.tessera.verifier.oid4vp.DcqlQueries;
import org.tessera.verifier.oid4vp.Oid4vpPolicy;
import org.tessera.verifier.oid4vp.Oid4vpTransactions;
import org.tessera.verifier.oid4vp.VerifierIdentity;
import org.tessera.verifier.page.Messages;
import org.tessera.verifier.page.PageConfig;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.page.UploadLimits;
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
    Runnable onStopped = () -> {
      db.ifPresent(ShareDatabase::close);
      fetcher.close();
    };
    return create(verifier, new BodyLimits(config.maxRequestBytes(), config.maxImageBytes()),
        page, clock, db.map(d -> new ShareService(d, clock)),
        new Receipts(key, page.verifierId(), clock), settings.oid4vp(), onStopped);
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
        new Receipts(ReceiptKey.ephemeral(), "urn:tessera:verifier", clock),
        Oid4vpPolicy.defaults(), () -> { });
  }

  /** @param onStopped closes what the app opened (share store, fetcher) once it stopped */
  static Javalin create(Verifier verifier, BodyLimits limits, PageConfig pageConfig,
      Clock clock, Optional<ShareService> shares, Receipts receipts, Oid4vpPolicy oid4vpPolicy,
      Runnable onStopped) {
    VerifyHandler verify = new VerifyHandler(verifier);
    PresentationHandler presentations = new PresentationHandler(verifier);
    Pages pages = new Pages(new Messages(), UploadLimits.forImages(limits.imageBytes()));
    ShareLinks links = new ShareLinks(shares, verifier::verifiedAndTrusted,
        new RateLimiter(pageConfig.shareRatePerMinute(), clock), pageConfig::shareUrl);
    PageHandlers page = new PageHandlers(verifier, pages, clock, links.enabled(),
        receipts.key().isEphemeral());
    ShareHandlers share = new ShareHandlers(links, pages, page, pageConfig.trustProxy());
    ReceiptHandlers receipt = new ReceiptHandlers(verifier, receipts);
    Assets assets = new Assets();
    Oid4vpTransactions transactions = new Oid4vpTransactions(verifier::verifyPresentation,
        verifier::verifySdJwt, verifier.replayStore(),
        new VerifierIdentity(pageConfig.publicBaseUrl(), receipts.key().publicJwk(),
            receipts.key()::sign),
        DcqlQueries.bundled(), oid4vpPolicy, clock);
    Oid4vpHandlers oid4vp = new Oid4vpHandlers(transactions);
    AskHandlers ask = new AskHandlers(transactions, pages, clock);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      // Javalin's one global size is the largest any route takes; BodyLimits narrows it per route.
      int largest = limits.largest();
      config.http.maxRequestSize = largest;
      config.jetty.multipartConfig.maxTotalRequestSize(largest, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(largest, SizeUnit.BYTES);
      // Uploads hold credentials: kept in memory, never written to a temporary file.
      config.jetty.multipartConfig.maxInMemoryFileSize(largest, SizeUnit.BYTES);
      config.jetty.modifyServer(server -> {
        limits.install(server);
        server.setErrorHandler(new JettyRefusals());
      });
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.requestLogger.http(AccessLog.to(ACCESS));
      config.events.serverStopped(onStopped::run);
      RoutesConfig routes = config.routes;
      // Fixed paths first: "/{lang}" would otherwise match them; and its request timer before
      // the other before-handlers, so that requests they refuse are timed too.
      OpsRoutes.install(routes, verifier.metrics().service(), verifier::ready);
      routes.before(VerifierApp::securityHeaders);
      routes.get("/.well-known/jwks.json", receipt::jwks);
      routes.get(transactions.identity().didDocumentPath(), oid4vp::didDocument);
      routes.get("/oid4vp/queries", oid4vp::queries);
      routes.post("/oid4vp/transactions", oid4vp::create);
      routes.get("/oid4vp/transactions/{id}", oid4vp::status);
      routes.get(Oid4vpTransactions.REQUEST_PATH + "{id}", oid4vp::requestObject);
      routes.post(Oid4vpTransactions.REQUEST_PATH + "{id}", oid4vp::requestObject);
      routes.post(Oid4vpTransactions.RESPONSE_PATH, oid4vp::response);
      routes.get("/ask", ask::choose);
      routes.post("/ask", ask::create);
      routes.get("/ask/{id}/status", ask::poll);
      routes.get("/ask/{id}", ask::show);
      routes.get("/assets/{file}", assets::serve);
      routes.post("/credentials/verify", verify::verify);
      routes.post("/presentations/verify", presentations::verify);
      routes.post("/receipts", receipt::receipt);
      routes.post("/shares", ctx -> {
        if (ctx.isFormUrlencoded() || ctx.isMultipartFormData()) {
          share.createForm(ctx);
        } else {
          share.createJson(ctx);
        }
      });
      routes.delete("/shares/{id}", share::revoke);
      routes.get("/s/{id}/qr.svg", share::qr);
      routes.get("/s/{id}", share::open);
      routes.get("/", page::form);
      routes.post("/verify", page::verify);
      routes.get("/{lang}", page::form);
      routes.post("/{lang}/verify", page::verify);
      routes.post("/{lang}/shares", share::createForm);
      routes.get("/{lang}/s/{id}", share::open);
      routes.get("/{lang}/ask", ask::choose);
      routes.post("/{lang}/ask", ask::create);
      routes.get("/{lang}/ask/{id}", ask::show);
      routes.exception(VerifierBusyException.class, VerifierApp::busy);
      routes.exception(HttpResponseException.class, VerifierApp::refused);
      routes.exception(Exception.class, VerifierApp::failed);
    });
  }

  private static void busy(VerifierBusyException e, Context ctx) {
    ctx.header("Retry-After", "1");
    Refusals.write(ctx, RequestError.BUSY, "every verification slot is taken; retry shortly");
  }

  private static void refused(HttpResponseException e, Context ctx) {
    Refusals.write(ctx, e.getStatus(), "Request refused", e.getMessage());
  }

  private static void failed(Exception e, Context ctx) {
    if (BodyLimits.isTooLarge(e)) {
      Refusals.write(ctx, RequestError.BODY_TOO_LARGE, "request body too large");
      return;
    }
    // The class only: messages and traces of parser errors can quote request content.
    LOG.error("unhandled {} on {} {}", e.getClass().getName(), ctx.method(),
        RouteTemplate.of(ctx));
    Refusals.write(ctx, RequestError.INTERNAL_ERROR, "internal error");
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
