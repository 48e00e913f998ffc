package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.PageConfig;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.share.CreatedShare;
import org.tessera.verifier.share.QrSvg;
import org.tessera.verifier.share.ShareLookup;
import org.tessera.verifier.share.ShareService;

/**
 * Share links (docs/share-links.md). {@code POST /shares} takes the credential in the body (JSON
 * for clients, a form from the result page) and only if its signature verifies; {@code GET
 * /s/{id}} verifies afresh; {@code DELETE /shares/{id}} with the manage token as Bearer revokes.
 * Ended links answer 410, unknown ones 404. The id is in the path only, never in the access log
 * (which logs the route template).
 */
final class ShareHandlers {

  private static final Duration MIN_LIFETIME = Duration.ofSeconds(1);

  private final Optional<ShareService> shares;
  private final Verifier verifier;
  private final Pages pages;
  private final PageConfig config;
  private final PageHandlers page;

  ShareHandlers(Optional<ShareService> shares, Verifier verifier, Pages pages, PageConfig config,
      PageHandlers page) {
    this.shares = Objects.requireNonNull(shares, "shares");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.config = Objects.requireNonNull(config, "config");
    this.page = Objects.requireNonNull(page, "page");
  }

  /** {@code POST /shares}: JSON {@code {"credential": jwt, "expiresInSeconds"?: n}}. */
  void createJson(Context ctx) {
    if (shares.isEmpty()) {
      Problem.write(ctx, 404, "Not Found", "share links are not enabled on this verifier");
      return;
    }
    Optional<ObjectNode> body = Json.parseUntrustedObject(ctx.body());
    Optional<String> jwt = body.map(b -> b.get("credential")).filter(JsonNode::isTextual)
        .flatMap(c -> CredentialInput.compactJwt(c.asText()));
    Optional<Duration> lifetime = body.map(b -> b.get("expiresInSeconds"))
        .map(n -> n.canConvertToLong() ? Duration.ofSeconds(n.asLong()) : Duration.ZERO)
        .or(() -> Optional.of(ShareService.DEFAULT_LIFETIME))
        .filter(ShareHandlers::allowed);
    if (jwt.isEmpty() || lifetime.isEmpty()) {
      Problem.write(ctx, 400, "Bad Request", "expected {\"credential\": <compact JWT>, "
          + "\"expiresInSeconds\"?: 1.." + ShareService.MAX_LIFETIME.toSeconds() + "}");
      return;
    }
    if (!authenticated(jwt.get())) {
      Problem.write(ctx, 422, "Unprocessable Content",
          "only a credential whose signature verifies can be shared");
      return;
    }
    CreatedShare share = shares.get().create(jwt.get(), lifetime.get());
    String url = config.shareUrl(share.id());
    ObjectNode out = Json.object();
    out.put("id", share.id());
    out.put("url", url);
    out.put("qr", url + "/qr.svg");
    out.put("qrSvg", QrSvg.svg(url, "QR code"));
    out.put("manageToken", share.manageToken());
    out.put("expiresAt", share.expiresAt().toString());
    ctx.status(201).header("Cache-Control", "no-store").json(out);
  }

  /** {@code POST /{lang}/shares}: the result page's form ({@code credential}, {@code days}). */
  void createForm(Context ctx) {
    Lang lang = PageHandlers.lang(ctx);
    if (shares.isEmpty()) {
      PageHandlers.html(ctx, 404, pages.notice(lang, "notfound.heading", "share.disabled"));
      return;
    }
    Optional<String> jwt = Optional.ofNullable(ctx.formParam("credential"))
        .flatMap(CredentialInput::compactJwt);
    Optional<Duration> lifetime = Optional.ofNullable(ctx.formParam("days"))
        .filter(d -> d.matches("\\d{1,3}")).map(d -> Duration.ofDays(Integer.parseInt(d)))
        .filter(ShareHandlers::allowed);
    if (jwt.isEmpty() || lifetime.isEmpty() || !authenticated(jwt.get())) {
      PageHandlers.html(ctx, 422, pages.notice(lang, "verdict.invalid", "share.refused"));
      return;
    }
    CreatedShare share = shares.get().create(jwt.get(), lifetime.get());
    String url = config.shareUrl(share.id());
    PageHandlers.html(ctx, 201, pages.shareCreated(lang, url,
        QrSvg.svg(url, pages.text(lang, "share.qr")), share.manageToken(), share.expiresAt()));
  }

  /** {@code GET /s/{id}} and {@code /{lang}/s/{id}}. */
  void open(Context ctx) {
    Lang lang = PageHandlers.lang(ctx);
    ShareLookup found = lookup(ctx.pathParam("id"));
    if (found instanceof ShareLookup.Active active) {
      page.sharedResult(ctx, active.credentialJwt(), config.shareUrl(ctx.pathParam("id")));
    } else if (found instanceof ShareLookup.Gone gone) {
      PageHandlers.html(ctx, 410, pages.shareGone(lang,
          gone.reason() == ShareLookup.Reason.REVOKED));
    } else {
      PageHandlers.html(ctx, 404, pages.notice(lang, "notfound.heading", "notfound.text"));
    }
  }

  /** {@code GET /s/{id}/qr.svg}: the link as a QR code, while the link is live. */
  void qr(Context ctx) {
    String id = ctx.pathParam("id");
    if (!(lookup(id) instanceof ShareLookup.Active)) {
      ctx.status(404).result("");
      return;
    }
    ctx.contentType("image/svg+xml").header("Cache-Control", "no-store")
        .result(QrSvg.svg(config.shareUrl(id), "QR code"));
  }

  /** {@code DELETE /shares/{id}} with {@code Authorization: Bearer <manage token>}. */
  void revoke(Context ctx) {
    if (shares.isEmpty()) {
      Problem.write(ctx, 404, "Not Found", "share links are not enabled on this verifier");
      return;
    }
    String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    if (!auth.startsWith("Bearer ") || auth.length() > 256) {
      ctx.header("WWW-Authenticate", "Bearer");
      Problem.write(ctx, 401, "Unauthorized", "the manage token is required as a Bearer token");
      return;
    }
    switch (shares.get().revoke(ctx.pathParam("id"), auth.substring(7).strip())) {
      case REVOKED -> ctx.status(204);
      case FORBIDDEN -> Problem.write(ctx, 403, "Forbidden", "wrong manage token");
      case NOT_FOUND -> Problem.write(ctx, 404, "Not Found", "no such share link");
      default -> throw new IllegalStateException();
    }
  }

  private ShareLookup lookup(String id) {
    return shares.map(s -> s.open(id)).orElseGet(ShareLookup.Missing::new);
  }

  private boolean authenticated(String jwt) {
    return verifier.verify(jwt).credential().isPresent();
  }

  private static boolean allowed(Duration lifetime) {
    return lifetime.compareTo(MIN_LIFETIME) >= 0
        && lifetime.compareTo(ShareService.MAX_LIFETIME) <= 0;
  }
}
