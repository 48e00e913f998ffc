package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.claim.ClaimService;
import org.tessera.issuer.claim.Download;

/**
 * The learner's claim page, its downloads, and the admin route that re-sends a claim link. The
 * token in the path is a capability: pages are never cached or sent on as a referrer, and the
 * access log records the route template, not the path.
 */
final class ClaimHandlers {

  static final String PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
      + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final String DOWNLOAD_CSP = "default-src 'none'; style-src 'unsafe-inline';"
      + " frame-ancestors 'none'; sandbox";
  private static final String HTML = "text/html; charset=utf-8";

  private final InstitutionResolver at;
  private final byte[] css;

  ClaimHandlers(InstitutionResolver at) {
    this.at = Objects.requireNonNull(at, "at");
    this.css = resource("/org/tessera/issuer/claim/claim.css");
  }

  /** Before every {@code /claim/*} response. */
  static void securityHeaders(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", PAGE_CSP);
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  void page(Context ctx) {
    ClaimService claims = at.of(ctx).claims();
    html(ctx, claims, claims.pageHtml(ctx.pathParam("token")));
  }

  void newOffer(Context ctx) {
    ClaimService claims = at.of(ctx).claims();
    Optional<String> page = claims.newOffer(ctx.pathParam("token"));
    if (page.isPresent()) {
      ctx.status(303).header("Location", page.get());
    } else {
      ctx.status(404).contentType(HTML).result(claims.notFoundHtml());
    }
  }

  void jwt(Context ctx) {
    download(ctx, Download.Kind.JWT);
  }

  void json(Context ctx) {
    download(ctx, Download.Kind.JSON);
  }

  void png(Context ctx) {
    download(ctx, Download.Kind.PNG);
  }

  void svg(Context ctx) {
    download(ctx, Download.Kind.SVG);
  }

  void sdJwt(Context ctx) {
    download(ctx, Download.Kind.SD_JWT);
  }

  void pdf(Context ctx) {
    download(ctx, Download.Kind.PDF);
  }

  /** "Create a share link": the page again, with the link the verifier made. */
  void share(Context ctx) {
    ClaimService claims = at.of(ctx).claims();
    html(ctx, claims, claims.shareHtml(ctx.pathParam("token")));
  }

  /** The page, or the "does not work" page with 404 for a token that opens nothing. */
  private static void html(Context ctx, ClaimService claims, Optional<String> html) {
    ctx.status(html.isPresent() ? 200 : 404).contentType(HTML)
        .result(html.orElseGet(claims::notFoundHtml));
  }

  void sharedPdf(Context ctx) {
    ClaimService claims = at.of(ctx).claims();
    send(ctx, claims, claims.certificateFor(ctx.pathParam("token"), ctx.pathParam("share")));
  }

  void css(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/css; charset=utf-8").result(css);
  }

  void resendLink(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    String id = ctx.pathParam("id");
    Responses.write(ctx, Responses.body(ctx).then(body -> at.of(ctx).delivery()
        .resendLink(id, body, actor)), 200);
  }

  private void download(Context ctx, Download.Kind kind) {
    ClaimService claims = at.of(ctx).claims();
    send(ctx, claims, claims.download(ctx.pathParam("token"), kind));
  }

  private static void send(Context ctx, ClaimService claims, Optional<Download> file) {
    if (file.isEmpty()) {
      ctx.status(404).contentType(HTML).result(claims.notFoundHtml());
      return;
    }
    ctx.header("Content-Security-Policy", DOWNLOAD_CSP);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file.get().fileName() + "\"");
    ctx.contentType(file.get().contentType()).result(file.get().body());
  }

  private static byte[] resource(String name) {
    try (InputStream in = ClaimHandlers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
