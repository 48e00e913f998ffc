package org.tessera.issuer.http;

import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.head;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.oid4vci.IssuerMetadata;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.sdjwt.TypeMetadata;
import org.tessera.kit.ops.AccessLog;

/** Every route of the issuer, declared in one place, plus error mapping and the access log. */
public final class IssuerRoutes {

  /** Largest request body accepted. */
  public static final long MAX_BODY_BYTES = 256 * 1024;

  private static final Logger ACCESS = LoggerFactory.getLogger("org.tessera.issuer.access");
  private static final Logger LOG = LoggerFactory.getLogger(IssuerRoutes.class);

  /**
   * What the routes need from the application.
   *
   * @param didDocumentPath where the default institution's DID document is served
   */
  public record Services(
      org.tessera.issuer.institutions.Institutions institutions,
      Access access,
      String didDocumentPath,
      long statusTtlSeconds,
      org.tessera.issuer.ops.IssuerMetrics metrics,
      java.util.function.BooleanSupplier ready) {}

  /** Access control and audit: tokens, limits, the routes of {@link AccessHandlers}. */
  public record Access(
      org.tessera.issuer.access.ApiTokens tokens,
      org.tessera.issuer.audit.AuditTrail audit,
      org.tessera.shared.limits.RateLimiter perIp,
      org.tessera.shared.limits.RateLimiter perToken,
      boolean trustProxy) {}

  /** The handlers; each finds the request's institution through {@link InstitutionResolver}. */
  private record Handlers(PublicHandlers pub, AdminHandlers admin, ClaimHandlers claim,
      VcApiHandlers vcApi, AccessHandlers access, Oid4vciHandlers oid4vci) {}

  private IssuerRoutes() {}

  /** Builds the (not yet started) web server, ops routes included. */
  public static IssuerServer create(Services s) {
    InstitutionResolver at = new InstitutionResolver(s.institutions());
    EdgeGuard edge = new EdgeGuard(s.access().perIp(), s.access().trustProxy(), MAX_BODY_BYTES);
    BearerAuth auth = new BearerAuth(s.access().tokens(), at, s.access().perToken(), edge);
    Handlers h = new Handlers(
        new PublicHandlers(at, s.statusTtlSeconds(), PublishedResources.load()),
        new AdminHandlers(at), new ClaimHandlers(at), new VcApiHandlers(at),
        new AccessHandlers(at, s.access().tokens(), s.access().audit()),
        new Oid4vciHandlers(at));
    PublicHandlers pub = h.pub();
    InstitutionsHandler institutions = new InstitutionsHandler(s.institutions());

    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.requestLogger.http(AccessLog.to(ACCESS));
      config.routes.apiBuilder(() -> {
        before(edge::check);
        // Key states other nodes changed: re-read (at most every ISSUER_KEY_REFRESH) for the
        // institution this request is for.
        before(ctx -> at.ofPath(ctx.path()).ifPresent(i -> i.keyLifecycle().refreshIfStale()));
        for (String prefix : new String[] {"", InstitutionResolver.PREFIX}) {
          before(prefix + "/api/*", auth::check);
          before(prefix + "/credentials/issue", auth::check);
          before(prefix + "/claim/*", ClaimHandlers::securityHeaders);
        }

        get("/contexts/cmf-v1.jsonld", pub::cmfContext);
        get("/schemas/cmf-v1.json", pub::cmfSchema);
        get("/institutions", institutions::list);
        get(TypeMetadata.PATH, pub::typeMetadata);
        get(PublicHandlers.JWT_VC_ISSUER_WELL_KNOWN + InstitutionResolver.PREFIX,
            pub::jwtVcIssuer);
        institutionRoutes("", s.didDocumentPath(), h);
        institutionRoutes(InstitutionResolver.PREFIX, "/did.json", h);
        // OpenID4VCI 1.0 / RFC 8414 put the metadata of an issuer URL with a path between host
        // and path: https://host/.well-known/<name>/institutions/x.
        get(Oid4vciHandlers.ISSUER_WELL_KNOWN + InstitutionResolver.PREFIX,
            h.oid4vci()::issuerMetadata);
        get(Oid4vciHandlers.AS_WELL_KNOWN + InstitutionResolver.PREFIX,
            h.oid4vci()::authorizationServerMetadata);
      });
      IssuerOps.install(config.routes, s.metrics(), s.ready());
      config.routes.exception(HttpResponseException.class, IssuerRoutes::httpError);
      config.routes.exception(Exception.class, IssuerRoutes::internalError);
      config.routes.error(HttpStatus.NOT_FOUND.getCode(), IssuerRoutes::notFound);
    });
    return new IssuerServer(app);
  }

  /**
   * The routes every institution has, under {@code p} ({@code ""} for the default institution,
   * {@link InstitutionResolver#PREFIX} for the others).
   */
  private static void institutionRoutes(String p, String didDocumentPath, Handlers h) {
    PublicHandlers pub = h.pub();
    AdminHandlers admin = h.admin();
    ClaimHandlers claim = h.claim();
    AccessHandlers access = h.access();
    get(p + didDocumentPath, pub::didDocument);
    head(p + didDocumentPath, pub::didDocument);
    get(p + "/.well-known/jwks.json", pub::jwks);
    head(p + "/.well-known/jwks.json", pub::jwks);
    head(p + "/status/{listId}", pub::statusList);
    get(p + "/achievements/{id}", pub::achievement);
    get(p + "/status/{listId}", pub::statusList);
    head(p + "/token-status/{listId}", pub::tokenStatusList);
    get(p + "/token-status/{listId}", pub::tokenStatusList);
    get(p + PublicHandlers.JWT_VC_ISSUER_WELL_KNOWN, pub::jwtVcIssuer);

    post(p + "/api/achievements", admin::createAchievement);
    get(p + "/api/achievements", admin::listAchievements);
    get(p + "/api/achievements/{id}", admin::getAchievement);
    post(p + "/api/credentials", admin::issueCredential);
    get(p + "/api/credentials", admin::listCredentials);
    get(p + "/api/credentials/{id}", admin::getCredential);
    post(p + "/api/credentials/{id}/revoke", admin::revoke);
    post(p + "/api/credentials/{id}/suspend", admin::suspend);
    post(p + "/api/credentials/{id}/reinstate", admin::reinstate);
    post(p + "/api/credentials/{id}/claim-link", claim::resendLink);

    // The learner's claim page: the token in the path is their capability.
    get(p + "/claim/{token}", claim::page);
    post(p + "/claim/{token}/offer", claim::newOffer);
    get(p + "/claim/{token}/credential.jwt", claim::jwt);
    get(p + "/claim/{token}/credential.json", claim::json);
    get(p + "/claim/{token}/badge.png", claim::png);
    get(p + "/claim/{token}/badge.svg", claim::svg);
    get(p + "/claim/{token}/credential.sd-jwt", claim::sdJwt);
    get(p + "/claim/{token}/certificate.pdf", claim::pdf);
    post(p + "/claim/{token}/share", claim::share);
    get(p + "/claim/{token}/shares/{share}/certificate.pdf", claim::sharedPdf);
    get(p + "/assets/claim.css", claim::css);

    post(p + "/credentials/issue", h.vcApi()::issue);

    get(p + "/api/keys", access::listKeys);
    post(p + "/api/keys/{kid}/activate", access::activateKey);
    post(p + "/api/keys/{kid}/retire", access::retireKey);
    post(p + "/api/keys/{kid}/compromise", access::compromiseKey);
    post(p + "/api/tokens", access::createToken);
    get(p + "/api/tokens", access::listTokens);
    delete(p + "/api/tokens/{id}", access::revokeToken);
    get(p + "/api/audit", access::queryAudit);
    get(p + "/api/audit/export", access::exportAudit);
    get(p + "/api/audit/verify", access::verifyAudit);

    // OpenID4VCI: the metadata at the issuer URL plus /.well-known/... (draft 13, and the root).
    Oid4vciHandlers oid4vci = h.oid4vci();
    get(p + Oid4vciHandlers.ISSUER_WELL_KNOWN, oid4vci::issuerMetadata);
    get(p + Oid4vciHandlers.AS_WELL_KNOWN, oid4vci::authorizationServerMetadata);
    get(p + IssuerMetadata.OFFER_PATH + "{handle}", oid4vci::offer);
    post(p + IssuerMetadata.TOKEN_PATH, oid4vci::token);
    post(p + IssuerMetadata.NONCE_PATH, oid4vci::nonce);
    post(p + IssuerMetadata.CREDENTIAL_PATH, oid4vci::credential);
    post(p + "/api/credentials/{id}/offer", oid4vci::createOffer);
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
