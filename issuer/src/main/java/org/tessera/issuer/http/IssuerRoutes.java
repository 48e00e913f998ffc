package org.tessera.issuer.http;

import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;

/** Every route of the issuer, declared in one place, plus error mapping and the access log. */
public final class IssuerRoutes {

  /** Largest request body accepted. */
  public static final long MAX_BODY_BYTES = 256 * 1024;

  private static final Logger ACCESS = LoggerFactory.getLogger("org.tessera.issuer.access");
  private static final Logger LOG = LoggerFactory.getLogger(IssuerRoutes.class);

  /** What the routes need from the application. */
  public record Services(
      org.tessera.issuer.achievements.AchievementService achievements,
      org.tessera.issuer.issuance.IssuanceService issuance,
      org.tessera.issuer.issuance.CredentialLifecycle lifecycle,
      org.tessera.issuer.status.StatusListService status,
      org.tessera.issuer.keys.PublicKeyDocuments keys,
      org.tessera.issuer.vcapi.VcApiService vcApi,
      org.tessera.issuer.claim.ClaimService claims,
      org.tessera.issuer.claim.ClaimingIssuance delivery,
      Access access,
      String didDocumentPath,
      long statusTtlSeconds) {}

  /** Access control, key lifecycle and audit: tokens, limits, the routes of {@link AccessHandlers}. */
  public record Access(
      org.tessera.issuer.access.ApiTokens tokens,
      org.tessera.issuer.keys.KeyLifecycle keyLifecycle,
      org.tessera.issuer.audit.AuditTrail audit,
      org.tessera.issuer.access.RateLimiter perIp,
      org.tessera.issuer.access.RateLimiter perToken,
      boolean trustProxy) {}

  private IssuerRoutes() {}

  /** Builds the (not yet started) web server; {@code features} add their own routes. */
  public static Javalin create(Services s, EndpointGroup... features) {
    EdgeGuard edge = new EdgeGuard(s.access().perIp(), s.access().trustProxy(), MAX_BODY_BYTES);
    BearerAuth auth = new BearerAuth(s.access().tokens(), s.access().perToken(), edge);
    AccessHandlers access = new AccessHandlers(s.access().keyLifecycle(), s.access().tokens(),
        s.access().audit());
    AdminHandlers admin = new AdminHandlers(s.achievements(), s.issuance(), s.delivery(),
        s.lifecycle());
    ClaimHandlers claim = new ClaimHandlers(s.claims(), s.delivery());
    PublicHandlers pub = new PublicHandlers(s.keys(), s.achievements(), s.status(),
        s.statusTtlSeconds(), PublishedResources.load());
    VcApiHandlers vcApi = new VcApiHandlers(s.vcApi());

    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {}ms",
          ctx.method(), AccessLogPaths.of(ctx), ctx.status().getCode(), Math.round(ms)));
      config.router.apiBuilder(() -> {
        before(edge::check);
        before(ctx -> s.access().keyLifecycle().refreshIfStale());
        before("/api/*", auth::check);
        before("/credentials/issue", auth::check);
        before("/claim/*", ClaimHandlers::securityHeaders);

        get(s.didDocumentPath(), pub::didDocument);
        get("/.well-known/jwks.json", pub::jwks);
        get("/achievements/{id}", pub::achievement);
        get("/status/{listId}", pub::statusList);
        get("/contexts/cmf-v1.jsonld", pub::cmfContext);
        get("/schemas/cmf-v1.json", pub::cmfSchema);

        post("/api/achievements", admin::createAchievement);
        get("/api/achievements", admin::listAchievements);
        get("/api/achievements/{id}", admin::getAchievement);
        post("/api/credentials", admin::issueCredential);
        get("/api/credentials", admin::listCredentials);
        get("/api/credentials/{id}", admin::getCredential);
        post("/api/credentials/{id}/revoke", admin::revoke);
        post("/api/credentials/{id}/suspend", admin::suspend);
        post("/api/credentials/{id}/reinstate", admin::reinstate);
        post("/api/credentials/{id}/claim-link", claim::resendLink);

        // The learner's claim page: the token in the path is their capability.
        get("/claim/{token}", claim::page);
        post("/claim/{token}/offer", claim::newOffer);
        get("/claim/{token}/credential.jwt", claim::jwt);
        get("/claim/{token}/credential.json", claim::json);
        get("/claim/{token}/badge.png", claim::png);
        get("/claim/{token}/badge.svg", claim::svg);
        get("/assets/claim.css", claim::css);

        post("/credentials/issue", vcApi::issue);

        get("/api/keys", access::listKeys);
        post("/api/keys/{kid}/activate", access::activateKey);
        post("/api/keys/{kid}/retire", access::retireKey);
        post("/api/keys/{kid}/compromise", access::compromiseKey);
        post("/api/tokens", access::createToken);
        get("/api/tokens", access::listTokens);
        delete("/api/tokens/{id}", access::revokeToken);
        get("/api/audit", access::queryAudit);
        get("/api/audit/export", access::exportAudit);
        get("/api/audit/verify", access::verifyAudit);
        for (EndpointGroup feature : features) {
          feature.addEndpoints();
        }
      });
      config.router.mount(router -> {
        router.exception(HttpResponseException.class, IssuerRoutes::httpError);
        router.exception(Exception.class, IssuerRoutes::internalError);
        router.error(HttpStatus.NOT_FOUND.getCode(), IssuerRoutes::notFound);
      });
    });
    return app;
  }

  /** Credential offer URIs carry a secret handle: the log gets the route, not the handle. */
  private static void httpError(HttpResponseException e, Context ctx) {
    IssuerError code = switch (e.getStatus()) {
      case 401 -> IssuerError.UNAUTHORIZED;
      case 404 -> IssuerError.NOT_FOUND;
      case 413 -> IssuerError.PAYLOAD_TOO_LARGE;
      case 429 -> IssuerError.RATE_LIMITED;
      default -> e.getStatus() < 500 ? IssuerError.VALIDATION_FAILED : IssuerError.INTERNAL_ERROR;
    };
    Problems.write(ctx, Rejection.of(code));
  }

  /** A bug: logged by class and location only; the client learns nothing about it. */
  private static void internalError(Exception e, Context ctx) {
    StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    LOG.error("INTERNAL_ERROR {} at {} on {} {}", e.getClass().getName(),
        Optional.ofNullable(where).map(StackTraceElement::toString).orElse("?"),
        ctx.method(), ctx.path());
    Problems.write(ctx, Rejection.of(IssuerError.INTERNAL_ERROR));
  }

  private static void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    // A handler's own 404 (a problem, or the claim page's HTML) is kept as it is.
    if (type == null
        || !(type.startsWith(Problems.CONTENT_TYPE) || type.startsWith("text/html"))) {
      Problems.write(ctx, Rejection.of(IssuerError.NOT_FOUND));
    }
  }
}
